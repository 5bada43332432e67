import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { BadUserInputError } from '../errors/errors';
import { isWellFormedCursor } from '../pagination/cursor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-request';

/**
 * The price of an operation before it runs: how many objects its answer may hold. Every field of an object
 * type costs 1 for each time it can appear; scalars and enums are free. A connection (a field taking
 * `first`/`last`) returns up to that many `nodes`/`edges` — 20 when neither is given — so everything under
 * them is multiplied, and nested pages multiply each other: `provinces(first: 31) { nodes { projects(first:
 * 100) { nodes { … } } } }` may return 3,100 projects and is priced so.
 *
 * A page size past the largest a list gives out, or an `after`/`before` that is no cursor at all, is refused
 * here with the error the subgraph would give, so neither leaves the gateway. (Whether a well-formed cursor
 * fits its list only the subgraph that made it can tell.)
 *
 * Fragments are priced once per page size they are spread under (the price is linear in the number of
 * times a selection appears), so a document that spreads fragments into each other cannot make this walk
 * exponential.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentPrices = new Map<string, number>();
  const pricing = new Set<string>();

  /** The price of a selection set appearing once; `pageSize` is set when the set is a connection's. */
  const priceOfSet = (set: SelectionSetNode, type: GraphQLCompositeType, pageSize: number | null): number => {
    let price = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        price += priceOfField(selection, type, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) price += priceOfSet(selection.selectionSet, condition, pageSize);
      } else {
        price += priceOfFragment(selection.name.value, pageSize);
      }
    }
    return price;
  };

  const priceOfFragment = (name: string, pageSize: number | null): number => {
    const key = `${name}:${pageSize}`;
    const known = fragmentPrices.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // A fragment spread into itself is refused by validation before this runs; price the cycle at nothing.
    if (!fragment || !type || !isCompositeType(type) || pricing.has(key)) return 0;
    pricing.add(key);
    const price = priceOfSet(fragment.selectionSet, type, pageSize);
    pricing.delete(key);
    fragmentPrices.set(key, price);
    return price;
  };

  const priceOfField = (node: FieldNode, parent: GraphQLCompositeType, pageSize: number | null): number => {
    const field = fieldOf(parent, node.name.value);
    if (!field) return 0;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return 0;
    // The items of a connection appear once per row of its page.
    const times = pageSize !== null && (node.name.value === 'nodes' || node.name.value === 'edges') ? pageSize : 1;
    const ownPage = connectionPageSize(field, node, variables);
    return times * (1 + (node.selectionSet ? priceOfSet(node.selectionSet, type, ownPage) : 0));
  };

  const root = schema.getRootType(operation.operation);
  return root ? priceOfSet(operation.selectionSet, root, null) : 0;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name.startsWith('__')) return undefined;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The page a connection field asks for: its `first` or `last`, else the default; null when it is no connection. */
function connectionPageSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Readonly<Record<string, unknown>>,
): number | null {
  const pages = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (!pages) return null;
  for (const name of ['after', 'before']) {
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    const value = argument ? valueOf(argument.value, variables) : undefined;
    if (value !== undefined && value !== null && (typeof value !== 'string' || !isWellFormedCursor(value))) {
      throw new BadUserInputError(name, 'not a cursor this list gave out; pass an endCursor or startCursor from its pageInfo');
    }
  }
  for (const name of ['first', 'last']) {
    const argument = node.arguments?.find((arg) => arg.name.value === name);
    const value = argument ? valueOf(argument.value, variables) : undefined;
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
      throw new BadUserInputError(name, `must be between 0 and ${MAX_PAGE_SIZE}, got ${JSON.stringify(value)}`);
    }
    return value;
  }
  return DEFAULT_PAGE_SIZE;
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.NULL) return null;
  if (node.kind === Kind.FLOAT) return Number(node.value);
  return (node as { value?: unknown }).value;
}
