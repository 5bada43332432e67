import type { SentStatement } from '@hamyar/shared';
import { startFederation, type Federation } from './support/federation';

/**
 * A page of projects or agreements loads only the columns its selected fields read (each subgraph's map of
 * field → columns), yet every field answers as the full record does: fields whose resolvers read columns the
 * selection does not name (a budget's four columns, an organization's key), and two selections of one list
 * with different fields in one request, each batched apart with its own columns.
 */
let federation: Federation;
beforeAll(async () => {
  // 31 parents × 10 nodes of every field are priced past the default cost limit.
  federation = await startFederation({ limits: { cost: 1_000_000 } });
});
afterAll(() => federation?.stop());

const PROJECT_FIELDS = `id title titleEn description organization { id } province { code } municipality { id } sector status
  budget { min { rials } max { rials } isRange reportedText reportedUnit } expectedJobs expectedJobsQualifier capacity { value unit }
  startedOn { iso } plannedCompletionOn { iso } isSynthetic version`;

const AGREEMENT_FIELDS = `id number numberAsReported title titleEn description signedOn { iso } status event { id } expectedJobs
  derivations { field reason } terminatedOn { iso } terminationReason isSynthetic version parties { role }`;

async function query(text: string) {
  const { body } = await federation.query(text);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The same fields of each node, read one record at a time by id (every column loaded). */
function byId(kind: 'project' | 'agreement', fields: string, ids: readonly string[]) {
  return Promise.all(ids.map(async (id) => (await query(`{ ${kind}(id: "${id}") { ${fields} } }`))[kind]));
}

/** The page statements a subgraph sent for `table` while running `query`. */
async function pageStatements(subgraph: 'projects' | 'agreements', table: string, text: string) {
  const { result, statements } = await federation.subgraphs[subgraph].database.statements.record(() => federation.query(text));
  expect(result.body.errors).toBeUndefined();
  const pages = statements.filter((s: SentStatement) => s.query.includes(`"${table}" t`) && s.query.includes(' LIMIT '));
  return { data: result.body.data, pages: pages.map((s: SentStatement) => s.query) };
}

describe('list pages load only the columns their fields read', () => {
  it('a page asking for id and title loads neither the other columns nor t.*', async () => {
    const { pages } = await pageStatements(
      'projects',
      'investment_project',
      `{ organizations(first: 5) { nodes { projects(first: 3) { nodes { id title } } } } }`,
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('"title_fa"');
    expect(pages[0]).not.toContain('t.*');
    expect(pages[0]).not.toContain('"description_fa"');
    expect(pages[0]).not.toContain('"budget_max_rials"');
  });

  it('every field of a nested and a top-level page of projects answers as the record read by id does', async () => {
    const data = await query(`{
      organizations(first: 31) { nodes { projects(first: 10, orderBy: { field: BUDGET, direction: DESC }) { nodes { ${PROJECT_FIELDS} } } } }
      projects(first: 50) { edges { node { ${PROJECT_FIELDS} } } }
    }`);
    const nodes = [
      ...data.organizations.nodes.flatMap((o: { projects: { nodes: unknown[] } }) => o.projects.nodes),
      ...data.projects.edges.map((e: { node: unknown }) => e.node),
    ] as { id: string; budget: unknown }[];
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.some((node) => node.budget !== null)).toBe(true);
    expect(nodes).toEqual(
      await byId(
        'project',
        PROJECT_FIELDS,
        nodes.map((node) => node.id),
      ),
    );
  });

  it('every field of a nested and a top-level page of agreements answers as the record read by id does', async () => {
    const data = await query(`{
      provinces(first: 31) { nodes { agreements(first: 10) { nodes { ${AGREEMENT_FIELDS} } } } }
      agreements(first: 50) { nodes { ...A } }
    } fragment A on Agreement { ${AGREEMENT_FIELDS} }`);
    const nodes = [
      ...data.provinces.nodes.flatMap((p: { agreements: { nodes: unknown[] } }) => p.agreements.nodes),
      ...data.agreements.nodes,
    ] as { id: string }[];
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes).toEqual(
      await byId(
        'agreement',
        AGREEMENT_FIELDS,
        nodes.map((node) => node.id),
      ),
    );
  });

  it('two selections of one list with different fields, in one request, are each loaded with their own columns', async () => {
    const text = `{ organizations(first: 31) { nodes { id
      titles: projects(first: 5) { nodes { id title } }
      money: projects(first: 5) { nodes { id budget { min { rials } max { rials } } organization { id } } }
    } } }`;
    const { data, pages } = await pageStatements('projects', 'investment_project', text);
    // One statement per column set, each for all 31 organizations: the count stays put however many rows.
    expect(pages).toHaveLength(2);
    type Org = {
      id: string;
      titles: { nodes: { id: string; title: string }[] };
      money: { nodes: { id: string; budget: unknown; organization: { id: string } }[] };
    };
    const organizations = data.organizations.nodes as Org[];
    const titles = organizations.flatMap((o) => o.titles.nodes);
    const money = organizations.flatMap((o) => o.money.nodes);
    expect(money.map((n) => n.id)).toEqual(titles.map((n) => n.id));
    expect(titles.length).toBeGreaterThan(0);
    for (const organization of organizations)
      for (const node of organization.money.nodes) expect(node.organization.id).toBe(organization.id);
    expect(titles).toEqual(
      await byId(
        'project',
        'id title',
        titles.map((n) => n.id),
      ),
    );
    expect(money.map(({ id, budget }) => ({ id, budget }))).toEqual(
      await byId(
        'project',
        'id budget { min { rials } max { rials } }',
        money.map((n) => n.id),
      ),
    );
  });
});
