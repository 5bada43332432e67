import { buildSchema, getOperationAST, parse } from 'graphql';
import { BadUserInputError } from '../errors/errors';
import { operationCost } from './operation-cost';

const schema = buildSchema(`
  type Query { provinces(first: Int, last: Int): ProvinceConnection!  province(code: String!): Province }
  type ProvinceConnection { nodes: [Province!]!  edges: [ProvinceEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type ProvinceEdge { cursor: String!  node: Province! }
  type PageInfo { hasNextPage: Boolean! }
  type Province { code: String!  organization: Organization }
  type Organization { name: String!  projects(first: Int, last: Int): ProjectConnection! }
  type ProjectConnection { nodes: [Project!]!  totalCount: Int! }
  type Project { title: String!  organization: Organization!  history(first: Int, after: String, last: Int, before: String): RecordChangeConnection! }
  type RecordChangeConnection { nodes: [RecordChange!]!  edges: [RecordChangeEdge!]!  totalCount: Int! }
  type RecordChangeEdge { cursor: String!  node: RecordChange! }
  type RecordChange { version: Int!  actor: Actor! }
  type Actor { role: String! }
`);

const price = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
};

describe('operationCost', () => {
  it('counts objects, not scalars', () => {
    expect(price(`{ province(code: "IR-02") { code organization { name } } }`)).toBe(2);
  });

  it('multiplies what is under a page by its first or last, and nested pages by each other', () => {
    // provinces 1 + 31 × (node 1 + organization 1 + projects 1 + 100 × (project 1))
    expect(price(`{ provinces(first: 31) { totalCount nodes { organization { projects(first: 100) { nodes { title } } } } } }`)).toBe(
      1 + 31 * (3 + 100),
    );
    expect(price(`{ provinces(last: 5) { edges { node { code } } pageInfo { hasNextPage } } }`)).toBe(1 + 5 * 2 + 1);
  });

  it("prices a record's history, a list that only grows, by its page like any other connection", () => {
    // organization 1 + projects 1 + 100 × (project 1 + history 1 + 50 × (change 1 + actor 1))
    expect(
      price(
        `{ province(code: "IR-07") { organization { projects(first: 100) { nodes { history(first: 50) { nodes { actor { role } } } } } } } }`,
      ),
    ).toBe(1 + 1 + 1 + 100 * (1 + 1 + 50 * 2));
    // without first or last it is still a page: 20
    expect(
      price(`{ province(code: "IR-07") { organization { projects(first: 10) { nodes { history { edges { node { version } } } } } } } }`),
    ).toBe(1 + 1 + 1 + 10 * (1 + 1 + 20 * 2));
    expect(() =>
      price(`{ province(code: "IR-07") { organization { projects(first: 1) { nodes { history(after: "%%") { totalCount } } } } } }`),
    ).toThrow(/"after"/);
  });

  it('prices a page without first or last at the default page size, and reads first from variables', () => {
    expect(price(`{ provinces { nodes { code } } }`)).toBe(1 + 20);
    expect(price(`query($n: Int) { provinces(first: $n) { nodes { code } } }`, { n: 7 })).toBe(1 + 7);
    expect(price(`query($n: Int) { provinces(first: $n) { nodes { code } } }`, {})).toBe(1 + 20);
  });

  it('refuses a page larger than a list gives out, naming the argument, before anything runs', () => {
    expect(() => price(`{ provinces(first: 1000000) { nodes { code } } }`)).toThrow(BadUserInputError);
    expect(() => price(`query($n: Int) { provinces(last: $n) { nodes { code } } }`, { n: 101 })).toThrow(
      /"last".*between 0 and 100, got 101/,
    );
  });

  it('prices fragments where they are spread, inline or named', () => {
    const named = `{ provinces(first: 10) { ...Page } } fragment Page on ProvinceConnection { nodes { ...P } } fragment P on Province { organization { name } }`;
    expect(price(named)).toBe(1 + 10 * 2);
    expect(price(`{ provinces(first: 10) { ... on ProvinceConnection { nodes { ... on Province { organization { name } } } } } }`)).toBe(
      1 + 10 * 2,
    );
  });

  it('stays linear when fragments spread each other many times over', () => {
    const levels = 40;
    let query = `{ province(code: "x") { ...F0 } }`;
    for (let i = 0; i < levels; i++) query += ` fragment F${i} on Province { organization { name } ...F${i + 1} ...F${i + 1} }`;
    query += ` fragment F${levels} on Province { code }`;
    const started = Date.now();
    expect(price(query)).toBeGreaterThan(1e12);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
