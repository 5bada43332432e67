import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/errors';

const INTEGER = /^-?\d+$/;

function fromInput(value: unknown): bigint {
  if (typeof value === 'string' && INTEGER.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new BadUserInputError('BigInt', `expected a whole number written as a string of digits, got ${JSON.stringify(value)}`);
}

/** Exact integers of any size, as strings on the wire. */
export const BigIntScalar = new GraphQLScalarType<bigint, string>({
  name: 'BigInt',
  description: 'An exact integer of any size, written as a string of ASCII digits.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && INTEGER.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new TypeError(`BigInt cannot represent ${String(value)}`);
  },
  parseValue: fromInput,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return fromInput(ast.kind === Kind.INT ? ast.value : ast.value);
    throw new BadUserInputError('BigInt', 'expected a whole number written as a string of digits');
  },
});
