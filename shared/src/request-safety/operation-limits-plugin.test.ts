import type { BaseContext, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { operationLimitsPlugin } from './operation-limits-plugin';
import { DEFAULT_OPERATION_LIMITS } from './request-safety-config';

const SCHEMA_SDL = `
  type ProvinceConnection { nodes: [Province!]!  totalCount: Int! }
  type Province { code: String!  organization: Organization }
  type Organization { name: String! }
`;
const schema = buildSchema(`type Query { provinces(first: Int, last: Int): ProvinceConnection! } ${SCHEMA_SDL}`);
/** The same types where `provinces` is no connection: one province list of unknown length, priced as one. */
const otherSchema = buildSchema(`type Query { provinces: ProvinceConnection! } ${SCHEMA_SDL}`);

/** The plugin's check of one request, as Apollo Server calls it: the refusal's limit name, or null. */
function limits(cost: number) {
  const plugin = operationLimitsPlugin<BaseContext>({ ...DEFAULT_OPERATION_LIMITS, cost });
  return async (document: DocumentNode, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema) => {
    const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<BaseContext>;
    try {
      await listener.didResolveOperation!({ document, operation: getOperationAST(document)!, schema: on, request: { variables } } as never);
      return null;
    } catch (error) {
      return (error as { extensions?: { limit?: string; code?: string } }).extensions?.code ?? 'error';
    }
  };
}

describe('the price limit, with prices kept per operation', () => {
  it('refuses an operation past it at every request, its price kept or not', async () => {
    const check = limits(100);
    // 1 + 31 × (province 1 + organization 1) = 63; 1 + 80 × 2 = 161
    const cheap = parse(`{ provinces(first: 31) { nodes { organization { name } } } }`);
    const dear = parse(`{ provinces(first: 80) { nodes { organization { name } } } }`);
    for (let i = 0; i < 3; i++) {
      expect(await check(cheap)).toBeNull();
      expect(await check(dear)).toBe('COST_LIMIT');
    }
  });

  it('walks an operation whose price no variable sets once, and one whose page a variable sets at every request', async () => {
    const check = limits(100);
    const query = schema.getQueryType()!;
    const getFields = query.getFields.bind(query);
    let walks = 0;
    query.getFields = () => {
      walks++;
      return getFields();
    };
    try {
      const fixed = parse(`query Fixed($code: String) { provinces(first: 31) { nodes { code } } }`);
      const paged = parse(`query Paged($n: Int) { provinces(first: $n) { nodes { code } } }`);
      // The first request of a document also validates it against the schema (depth, aliases…), once.
      expect(await check(fixed, { code: 'IR-02' })).toBeNull();
      walks = 0;
      for (let i = 0; i < 3; i++) expect(await check(fixed, { code: `IR-0${i}` })).toBeNull();
      expect(walks).toBe(0);
      expect(await check(paged, { n: 31 })).toBeNull();
      walks = 0;
      for (let i = 0; i < 3; i++) expect(await check(paged, { n: 31 })).toBeNull();
      expect(walks).toBe(3);
    } finally {
      query.getFields = getFields;
    }
  });

  it('prices again at every request a page that a variable sets', async () => {
    const check = limits(100);
    const document = parse(`query Page($n: Int) { provinces(first: $n) { nodes { organization { name } } } }`);
    expect(await check(document, { n: 31 })).toBeNull();
    expect(await check(document, { n: 80 })).toBe('COST_LIMIT');
    expect(await check(document, { n: 31 })).toBeNull();
    expect(await check(document, {})).toBeNull(); // the default page, 20: 1 + 20 × 2
  });

  it('prices an edited document, and the same document under a new schema, afresh', async () => {
    const check = limits(100);
    const document = parse(`{ provinces(first: 80) { nodes { code } } }`);
    expect(await check(document)).toBeNull(); // 1 + 80 × 1
    expect(await check(parse(`{ provinces(first: 80) { nodes { organization { name } } } }`))).toBe('COST_LIMIT');
    const unpaged = parse(`{ provinces { nodes { organization { name } } } }`);
    expect(await check(unpaged, {}, otherSchema)).toBeNull(); // 1 + 1 × 2 where provinces is no connection
    expect(await check(unpaged, {}, schema)).toBeNull(); // 1 + 20 × 2 here
    const checkTight = limits(30);
    expect(await checkTight(unpaged, {}, otherSchema)).toBeNull();
    expect(await checkTight(unpaged, {}, schema)).toBe('COST_LIMIT');
    expect(await checkTight(unpaged, {}, otherSchema)).toBeNull();
  });
});
