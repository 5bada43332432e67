import type { SentStatement } from '@hamyar/shared';
import { generateSyntheticProjects } from '../subgraphs/projects/src/seed/synthetic';
import { generateSyntheticAgreements } from '../subgraphs/agreements/src/seed/synthetic';
import { startFederation, type Federation, type SubgraphName } from './support/federation';
import { ON_POSTGRES } from './support/postgres-only';

/**
 * Every shape of page the API serves, run through the gateway on real Postgres with enough generated rows
 * that the planner's choice is real (tens of thousands, then ANALYZE), and the statement each subgraph
 * really sent EXPLAIN ANALYZEd: the paged table is read through an index, never sequentially, and the rows
 * read from it (and sorted) are a page's worth, not the table's. PGlite has no planner statistics worth
 * the name, so without DATABASE_URL the test is skipped, saying why.
 */
const PROJECTS = 30_000;
const AGREEMENTS = 10_000;
/** What a page may read from its table: a few pages' worth, a small fraction of either table. */
const ROWS_READ_BUDGET = 600;

const onPostgres = ON_POSTGRES ? describe : describe.skip;
const TITLE = `every page shape on Postgres with tens of thousands of rows${ON_POSTGRES ? '' : ' (skipped: needs DATABASE_URL, a real Postgres planner)'}`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

interface PlanSummary {
  readonly scans: string[];
  /** Scans of the other tables the statement reads (a link table probed per row), `<table>: <node> using <index>`. */
  readonly otherScans: string[];
  readonly seqScan: boolean;
  readonly rowsRead: number;
  readonly largestSort: number;
}

function summarize(root: PlanNode, table: string): PlanSummary {
  const scans: string[] = [];
  const otherScans: string[] = [];
  let seqScan = false;
  let rowsRead = 0;
  let largestSort = 0;
  const rowsOut = (node: PlanNode) => node['Actual Rows'] * node['Actual Loops'];
  const visit = (node: PlanNode) => {
    if (node['Relation Name'] === table) {
      scans.push(`${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
      if (node['Node Type'] === 'Seq Scan') seqScan = true;
      const removed = (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
      rowsRead += rowsOut(node) + removed * node['Actual Loops'];
    } else if (node['Relation Name']) {
      otherScans.push(`${node['Relation Name']}: ${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`);
    }
    if (node['Node Type'] === 'Bitmap Index Scan' && node['Index Name']?.startsWith(table))
      scans.push(`Bitmap Index Scan using ${node['Index Name']}`);
    if (node['Node Type'] === 'Sort') largestSort = Math.max(largestSort, ...(node.Plans ?? []).map(rowsOut));
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(root);
  return { scans, otherScans, seqScan, rowsRead, largestSort };
}

onPostgres(TITLE, () => {
  let federation: Federation;
  let projectsByTitleEnd: string;
  let agreementsEnd: string;

  beforeAll(async () => {
    federation = await startFederation();
    const projectIds = await generateSyntheticProjects(federation.subgraphs.projects.database.dataSource, { count: PROJECTS, seed: 11 });
    await generateSyntheticAgreements(federation.subgraphs.agreements.database.dataSource, { count: AGREEMENTS, seed: 11, projectIds });
    await growListsOfSyntheticRecords();
    for (const name of ['projects', 'agreements', 'organizations'] as const)
      await federation.subgraphs[name].database.dataSource.query('ANALYZE');
    // Deep cursors, honestly obtained: the start of the last page of each list.
    const last = await federation.query(
      `{ projects(last: 20) { pageInfo { startCursor } } agreements(last: 20) { pageInfo { startCursor } } }`,
    );
    projectsByTitleEnd = last.body.data.projects.pageInfo.startCursor;
    agreementsEnd = last.body.data.agreements.pageInfo.startCursor;
  }, 600_000);
  const explained: string[] = [];

  /**
   * The lists that only grow, grown for every generated record (the generators write none): three history
   * changes per project and agreement, three milestones (one without a day) and progress reports per
   * project, three amendments per agreement.
   */
  async function growListsOfSyntheticRecords() {
    const history = (recordType: string, table: string) =>
      `INSERT INTO record_change (id, record_type, record_id, version, operation, actor_role, changes)
       SELECT gen_random_uuid(), '${recordType}', r.id::text, v, CASE WHEN v = 1 THEN 'CREATE' ELSE 'UPDATE' END, 'SEED', '{}'::jsonb
       FROM ${table} r CROSS JOIN generate_series(1, 3) v WHERE r.is_synthetic`;
    const projects = federation.subgraphs.projects.database.dataSource;
    await projects.query(history('InvestmentProject', 'investment_project'));
    await projects.query(`INSERT INTO project_milestone (id, project_id, title_fa, due_on)
      SELECT gen_random_uuid(), p.id, 'مرحلهٔ ' || v, CASE WHEN v < 3 THEN date '2026-01-01' + v * 30 END
      FROM investment_project p CROSS JOIN generate_series(1, 3) v WHERE p.is_synthetic`);
    await projects.query(`INSERT INTO project_progress (id, project_id, percent_complete, reported_on)
      SELECT gen_random_uuid(), p.id, v * 10, date '2026-01-01' + v FROM investment_project p CROSS JOIN generate_series(1, 3) v WHERE p.is_synthetic`);
    const agreements = federation.subgraphs.agreements.database.dataSource;
    await agreements.query(history('Agreement', 'agreement'));
    await agreements.query(`INSERT INTO agreement_amendment (id, agreement_id, amended_on, summary, agreement_version)
      SELECT gen_random_uuid(), a.id, date '2026-01-01' + v, 'اصلاحیهٔ ' || v, CASE WHEN v > 1 THEN v END
      FROM agreement a CROSS JOIN generate_series(1, 3) v WHERE a.is_synthetic`);
  }
  afterAll(async () => {
    console.log(`What each page read (of ${PROJECTS} projects, ${AGREEMENTS} agreements):\n${explained.join('\n')}`);
    await federation?.stop();
  });

  /** Runs the query through the gateway and EXPLAIN ANALYZEs the page statement the subgraph sent for `table`. */
  async function explainPage(subgraph: SubgraphName, table: string, query: string, variables: Record<string, unknown> = {}) {
    const database = federation.subgraphs[subgraph].database;
    const { result, statements } = await database.statements.record(() => federation.query(query, variables));
    expect(result.body.errors).toBeUndefined();
    const pages = statements.filter(
      (s: SentStatement) => s.query.includes(`"${table}" t`) && s.query.includes(' LIMIT ') && !s.query.includes('count(*)'),
    );
    expect(pages).toHaveLength(1);
    const [{ 'QUERY PLAN': plan }] = await database.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${pages[0].query}`, [
      ...pages[0].parameters,
    ]);
    const summary = summarize(plan[0].Plan as PlanNode, table);
    explained.push(
      `${expect.getState().currentTestName?.slice(TITLE.length + 1)}: ${summary.scans.join(', ')}; rows read ${summary.rowsRead}, largest sort ${summary.largestSort}`,
    );
    return summary;
  }

  const expectIndexRange = (summary: PlanSummary, budget = ROWS_READ_BUDGET) => {
    expect(summary.seqScan).toBe(false);
    expect(summary.scans.some((scan) => /Index/.test(scan))).toBe(true);
    expect(summary.rowsRead).toBeLessThanOrEqual(budget);
    expect(summary.largestSort).toBeLessThanOrEqual(budget);
  };

  const projectOrders = [
    'TITLE ASC',
    'TITLE DESC',
    'BUDGET ASC',
    'BUDGET DESC',
    'STARTED_ON ASC',
    'STARTED_ON DESC',
    'CREATED_AT ASC',
    'CREATED_AT DESC',
    'EXPECTED_JOBS ASC',
    'EXPECTED_JOBS DESC',
  ];

  it.each(projectOrders)('projects ordered by %s: first page and the page after it', async (order) => {
    const [field, direction] = order.split(' ');
    const query = `query($after: String) { projects(first: 20, after: $after, orderBy: { field: ${field}, direction: ${direction} }) { nodes { id } pageInfo { endCursor } } }`;
    const first = await explainPage('projects', 'investment_project', query);
    expectIndexRange(first);
    const { body } = await federation.query(query);
    expectIndexRange(await explainPage('projects', 'investment_project', query, { after: body.data.projects.pageInfo.endCursor }));
  });

  it('projects: a deep page, from a cursor near the end of the list', async () => {
    const query = `query($after: String) { projects(first: 20, after: $after) { nodes { id } } }`;
    expectIndexRange(await explainPage('projects', 'investment_project', query, { after: projectsByTitleEnd }));
  });

  it('projects: backward pages (last, and last before a cursor)', async () => {
    expectIndexRange(await explainPage('projects', 'investment_project', `{ projects(last: 20) { nodes { id } } }`));
    const query = `query($before: String) { projects(last: 20, before: $before, orderBy: { field: BUDGET, direction: DESC }) { nodes { id } } }`;
    const { body } = await federation.query(
      `{ projects(last: 20, orderBy: { field: BUDGET, direction: DESC }) { pageInfo { startCursor } } }`,
    );
    expectIndexRange(await explainPage('projects', 'investment_project', query, { before: body.data.projects.pageInfo.startCursor }));
  });

  it('projects filtered: by one province, by status, by province ordered by budget', async () => {
    expectIndexRange(
      await explainPage('projects', 'investment_project', `{ projects(first: 20, filter: { provinceCodes: ["IR-07"] }) { nodes { id } } }`),
    );
    expectIndexRange(
      await explainPage('projects', 'investment_project', `{ projects(first: 20, filter: { statuses: [IN_PROGRESS] }) { nodes { id } } }`),
    );
    expectIndexRange(
      await explainPage(
        'projects',
        'investment_project',
        `{ projects(first: 20, filter: { provinceCodes: ["IR-07"] }, orderBy: { field: BUDGET, direction: DESC }) { nodes { id } } }`,
      ),
    );
  });

  it('projects filtered by a range of the column they are ordered by: an index range, and the same rows as in any order', async () => {
    const ids = async (filter: string, order: string) => {
      const { body } = await federation.query(
        `{ projects(first: 100, filter: ${filter}, orderBy: ${order}) { nodes { id } pageInfo { hasNextPage } } }`,
      );
      expect(body.data.projects.pageInfo.hasNextPage).toBe(false);
      return body.data.projects.nodes.map((node: { id: string }) => node.id).sort();
    };
    const ranges = [
      '{ startedOn: { from: { iso: "2020-03-01" }, to: { iso: "2020-03-04" } } }',
      '{ startedOn: { from: { iso: "2026-11-12" } } }',
      '{ startedOn: { to: { iso: "2015-03-26" } } }',
    ];
    for (const filter of ranges) {
      const byTitle = await ids(filter, '{ field: TITLE }');
      expect(byTitle.length).toBeGreaterThan(0);
      for (const direction of ['ASC', 'DESC']) {
        const order = `{ field: STARTED_ON, direction: ${direction} }`;
        expect(await ids(filter, order)).toEqual(byTitle);
        expectIndexRange(
          await explainPage(
            'projects',
            'investment_project',
            `{ projects(first: 20, filter: ${filter}, orderBy: ${order}) { nodes { id } } }`,
          ),
        );
      }
    }
    for (const direction of ['ASC', 'DESC']) {
      const query = `{ projects(first: 20, filter: { budget: { minRials: "8990000000000" } }, orderBy: { field: BUDGET, direction: ${direction} }) { nodes { id } } }`;
      expectIndexRange(await explainPage('projects', 'investment_project', query));
    }
    for (const order of ['', ', orderBy: { field: SIGNED_ON, direction: ASC }']) {
      const query = `{ agreements(first: 20, filter: { signedOn: { from: { iso: "2020-03-01" }, to: { iso: "2020-03-20" } } }${order}) { nodes { id } } }`;
      expectIndexRange(await explainPage('agreements', 'agreement', query));
    }
  });

  it('projects searched: the trigram index finds the matches', async () => {
    const summary = await explainPage(
      'projects',
      'investment_project',
      `{ projects(first: 20, filter: { search: "شمارهٔ 12345" }) { nodes { id } } }`,
    );
    expectIndexRange(summary);
    expect(summary.scans.some((scan) => scan.includes('investment_project_search'))).toBe(true);
  });

  it('projects nested per parent: one LATERAL statement, an index range per organization', async () => {
    const summary = await explainPage(
      'projects',
      'investment_project',
      `{ organizations(first: 10) { nodes { projects(first: 5) { nodes { id } } } } }`,
    );
    expectIndexRange(summary);
  });

  it.each([
    ['DESC', 'investment_project_organization_budget_desc'],
    ['ASC', 'investment_project_organization_budget_asc'],
  ])(
    'projects nested per organization ordered by budget %s: a range of %s per organization, a page read each',
    async (direction, index) => {
      const summary = await explainPage(
        'projects',
        'investment_project',
        `{ organizations(first: 3) { nodes { projects(first: 5, orderBy: { field: BUDGET, direction: ${direction} }) { nodes { id } } } } }`,
      );
      // Without the index each organization's page walked the budget index skipping other organizations' rows
      // (about 6 × 31 rows each); with it, each reads its page and one more row.
      expectIndexRange(summary, 3 * 6);
      expect(summary.scans.some((scan) => scan.includes(index))).toBe(true);
    },
  );

  it.each(['SIGNED_ON DESC', 'SIGNED_ON ASC', 'TITLE ASC', 'TITLE DESC', 'CREATED_AT DESC'])(
    'agreements ordered by %s: first page and the page after it',
    async (order) => {
      const [field, direction] = order.split(' ');
      const query = `query($after: String) { agreements(first: 20, after: $after, orderBy: { field: ${field}, direction: ${direction} }) { nodes { id } pageInfo { endCursor } } }`;
      expectIndexRange(await explainPage('agreements', 'agreement', query));
      const { body } = await federation.query(query);
      expectIndexRange(await explainPage('agreements', 'agreement', query, { after: body.data.agreements.pageInfo.endCursor }));
    },
  );

  it('agreements: a deep page and a backward page', async () => {
    expectIndexRange(
      await explainPage('agreements', 'agreement', `query($after: String) { agreements(first: 20, after: $after) { nodes { id } } }`, {
        after: agreementsEnd,
      }),
    );
    expectIndexRange(await explainPage('agreements', 'agreement', `{ agreements(last: 20) { nodes { id } } }`));
  });

  it('agreements nested per parent through their parties: organizations and provinces', async () => {
    expectIndexRange(
      await explainPage('agreements', 'agreement', `{ organizations(first: 3) { nodes { agreements(first: 5) { nodes { id } } } } }`),
    );
    expectIndexRange(
      await explainPage('agreements', 'agreement', `{ provinces(first: 3) { nodes { agreements(first: 5) { nodes { id } } } } }`),
    );
  });

  it.each([
    ['province', 'provinces', 'agreement_party_province_page'],
    ['organization', 'organizations', 'agreement_party_organization_page'],
  ])(
    'agreements nested per %s (%s): a range of %s from the cursor per parent, each agreement read by its key',
    async (_, parents, index) => {
      const query = `query($after: String) { ${parents}(first: 3) { nodes { agreements(first: 5, after: $after) { nodes { id } pageInfo { endCursor } } } } }`;
      const { body } = await federation.query(query);
      const after = body.data[parents].nodes.find(
        (n: { agreements: { pageInfo: { endCursor: string | null } } }) => n.agreements.pageInfo.endCursor,
      ).agreements.pageInfo.endCursor;
      for (const variables of [{}, { after }]) {
        const summary = await explainPage('agreements', 'agreement', query, variables);
        // The parties hold their agreement's newest-first key (migration PartyAgreementOrder1768000000710): each
        // parent's page is a range of one party index read from the cursor, a page and one row long, and each
        // agreement on it is read by primary key. Without the copy the page walked the agreement list in its
        // order and probed each agreement's parties for the parent, about 15 agreements walked per hit.
        expect(summary.otherScans.filter((scan) => scan.startsWith('agreement_party:'))).toEqual([
          expect.stringMatching(new RegExp(`Index (Only )?Scan using ${index}$`)),
        ]);
        expect(summary.scans.every((scan) => /^Index (Only )?Scan using agreement_pkey$/.test(scan))).toBe(true);
        expectIndexRange(summary, 3 * 6);
      }
    },
  );

  it('agreements nested per province and filtered by signing days: the range of the agreement index, parties probed', async () => {
    // A filter is written on the agreement table (its sort key's range on agreement_signed), which the party
    // index cannot serve: a filtered list keeps walking the agreements in order and probing their parties.
    const summary = await explainPage(
      'agreements',
      'agreement',
      `{ provinces(first: 3) { nodes { agreements(first: 5, filter: { signedOn: { from: { iso: "2020-03-01" }, to: { iso: "2020-06-30" } } }) { nodes { id } } } } }`,
    );
    expectIndexRange(summary);
  });

  it('projects of an agreement and agreements of a project, nested per parent', async () => {
    expectIndexRange(
      await explainPage('agreements', 'agreement_project', `{ agreements(first: 20) { nodes { projects(first: 5) { nodes { id } } } } }`),
    );
    expectIndexRange(
      await explainPage(
        'agreements',
        'agreement',
        `{ projects(first: 20, filter: { isSynthetic: true }) { nodes { agreements(first: 5) { nodes { id } } } } }`,
      ),
    );
  });

  it.each([
    [
      'projects',
      'record_change',
      'record_change_page',
      `projects(first: 20, filter: { isSynthetic: true }) { nodes { history(first: 2) { nodes { version } } } }`,
    ],
    [
      'projects',
      'record_change',
      'record_change_page',
      `projects(first: 20, filter: { isSynthetic: true }) { nodes { history(last: 2) { nodes { version } } } }`,
    ],
    [
      'projects',
      'project_milestone',
      'project_milestone_page',
      `projects(first: 20, filter: { isSynthetic: true }) { nodes { milestones(first: 2) { nodes { title } } } }`,
    ],
    [
      'projects',
      'project_milestone',
      'project_milestone_page',
      `projects(first: 20, filter: { isSynthetic: true }) { nodes { milestones(last: 2) { nodes { title } } } }`,
    ],
    [
      'projects',
      'project_progress',
      'project_progress_page',
      `projects(first: 20, filter: { isSynthetic: true }) { nodes { progress(first: 2) { nodes { percentComplete } } } }`,
    ],
    ['agreements', 'record_change', 'record_change_page', `agreements(first: 20) { nodes { history(first: 2) { nodes { version } } } }`],
    [
      'agreements',
      'agreement_amendment',
      'agreement_amendment_page',
      `agreements(first: 20) { nodes { amendments(first: 2) { nodes { summary } } } }`,
    ],
    [
      'agreements',
      'agreement_amendment',
      'agreement_amendment_page',
      `agreements(first: 20) { nodes { amendments(last: 2) { nodes { summary } } } }`,
    ],
  ] as const)('growing lists nested per parent (%s, %s): a range of %s per parent', async (subgraph, table, index, selection) => {
    const summary = await explainPage(subgraph, table, `{ ${selection} }`);
    expectIndexRange(summary);
    expect(summary.scans.some((scan) => scan.includes(index))).toBe(true);
  });

  it('a growing list from a cursor: the page after the first, per parent', async () => {
    const pageOf = (cursor: string | null) =>
      `{ projects(first: 20, filter: { isSynthetic: true }) { nodes { history(first: 2${cursor ? `, after: "${cursor}"` : ''}) { nodes { version } pageInfo { endCursor } } } } }`;
    const { body } = await federation.query(pageOf(null));
    const cursor = body.data.projects.nodes[0].history.pageInfo.endCursor;
    expectIndexRange(await explainPage('projects', 'record_change', pageOf(cursor)));
  });

  it('totalCount is counted only when selected, in a statement of its own', async () => {
    const projects = federation.subgraphs.projects.database;
    const without = await projects.statements.record(() => federation.query(`{ projects(first: 5) { nodes { id } } }`));
    expect(without.statements.filter((s) => s.query.includes('count(*)'))).toHaveLength(0);
    const withCount = await projects.statements.record(() => federation.query(`{ projects(first: 5) { totalCount nodes { id } } }`));
    expect(withCount.statements.filter((s) => s.query.includes('count(*)'))).toHaveLength(1);
    expect(withCount.result.body.data.projects.totalCount).toBe(10_000);
    const oneOrganization = await federation.query(`{ projects(first: 1, filter: { search: "شمارهٔ 12345" }) { totalCount } }`);
    expect(oneOrganization.body.data.projects.totalCount).toBeLessThan(20);
  });
});
