import fs from 'node:fs';
import { parse } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_FILE } from '../compose/compose-supergraph';
import { ExportRequestError, pageOf, planExport, rowOf, type ExportPlan } from './export-plan';

const schema = Supergraph.build(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
const plan = (query: string, path: string, operationName?: string) => planExport(schema, parse(query), operationName, path.split('.'));
const refusal = (query: string, path: string) => {
  try {
    plan(query, path);
  } catch (error) {
    if (error instanceof ExportRequestError) return `${error.field}: ${error.message}`;
    throw error;
  }
  throw new Error('not refused');
};

describe('an export plan', () => {
  it('takes its columns from the nodes, nested objects dotted, aliases honoured, __typename left out', () => {
    const planned = plan(
      `query P($first: Int, $after: String) { projects(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor __typename }
        nodes { id __typename name: title organization { name province { code } } budget { min { rials } } ...More }
      } }
      fragment More on InvestmentProject { status id }`,
      'projects',
    ) as ExportPlan;
    expect(planned.columns.map((c) => c.header)).toEqual([
      'id',
      'name',
      'organization.name',
      'organization.province.code',
      'budget.min.rials',
      'status',
    ]);
    expect(planned).toMatchObject({
      afterVariable: 'after',
      first: { variable: 'first' },
      nodes: { via: 'nodes', key: 'nodes' },
      operationName: 'P',
    });
  });

  it('follows a path through single objects and reads edges { node } when nodes is not selected', () => {
    const planned = plan(
      `query($after: String) { province(code: "IR-02") { organization { list: projects(first: 50, after: $after) {
        pageInfo { endCursor hasNextPage } edges { cursor node { title } } } } } }`,
      'province.organization.list',
    ) as ExportPlan;
    expect(planned.columns.map((c) => c.header)).toEqual(['title']);
    expect(planned.first).toEqual({ literal: 50 });
    const page = pageOf(
      {
        province: {
          organization: { list: { pageInfo: { endCursor: 'c', hasNextPage: true }, edges: [{ cursor: 'c', node: { title: 'طرح' } }] } },
        },
      },
      planned,
    );
    expect(page).toEqual({ nodes: [{ title: 'طرح' }], hasNextPage: true, endCursor: 'c' });
    expect(() => pageOf({ province: { organization: null } }, planned)).toThrow(/`province.organization` is null in the result/);
  });

  it('writes unknown as an empty cell and joins a list of plain values into one cell', () => {
    const columns = [
      { header: 'a.b', path: ['a', 'b'], list: false },
      { header: 'ids', path: ['ids'], list: true },
      { header: 'ok', path: ['ok'], list: false },
    ];
    expect(rowOf({ a: null, ids: ['x', 'y'], ok: false }, columns)).toEqual([null, 'x; y', false]);
  });

  it('refuses what it cannot page through, naming the parameter and the fix', () => {
    const nodes = 'pageInfo { hasNextPage endCursor } nodes { id }';
    expect(refusal(`{ projects(first: 10) { ${nodes} } }`, 'projects')).toMatch(/^query: `projects` must take `after` from a variable/);
    expect(refusal(`query($a: String) { projects(after: $a) { ${nodes} } }`, 'projects')).toMatch(
      /^query: `projects` must be given `first`/,
    );
    expect(refusal(`query($a: String) { projects(first: 5, after: $a) { nodes { id } } }`, 'projects')).toMatch(
      /must select `pageInfo \{ hasNextPage endCursor \}`/,
    );
    expect(refusal(`query($a: String) { projects(first: 5, after: $a) { pageInfo { hasNextPage endCursor } } }`, 'projects')).toMatch(
      /must select `nodes/,
    );
    expect(refusal(`query($a: String) { projects(first: 5, after: $a) { ${nodes} } }`, 'organizations')).toMatch(
      /^path: `organizations` is not selected at the top/,
    );
    expect(refusal(`query($a: String) { projects(first: 5, after: $a) { ${nodes} } }`, 'projects.nodes')).toMatch(
      /^path: `projects.nodes` is a list/,
    );
    expect(refusal(`query($a: String) { project(id: "x") { title } }`, 'project.title')).toMatch(
      /^path: `project.title` is a String, not a connection/,
    );
    expect(
      refusal(
        `query($a: String) { projects(first: 5, after: $a) { pageInfo { hasNextPage endCursor } nodes { id fundingSources { kind } } } }`,
        'projects',
      ),
    ).toMatch(/^query: `fundingSources` is a list of FundingSource inside each node of `projects`/);
    // A page inside each row is a list too.
    expect(
      refusal(
        `query($a: String) { projects(first: 5, after: $a) { pageInfo { hasNextPage endCursor } nodes { id milestones(first: 5) { nodes { title } } } } }`,
        'projects',
      ),
    ).toMatch(/^query: `milestones.nodes` is a list of Milestone inside each node of `projects`/);
    expect(refusal(`mutation { noSuch }`, 'x')).toMatch(/^query: an export runs a query, not a mutation/);
  });

  it('leaves a field the schema does not know to the API to name', () => {
    expect(
      plan(`query($a: String) { projects(first: 5, after: $a) { pageInfo { hasNextPage endCursor } nodes { noSuchField } } }`, 'projects'),
    ).toEqual({ unknownField: 'noSuchField' });
  });
});
