import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation, type GraphQLResponse } from './support/federation';

let federation: Federation;
let admin: string;
const sql = (text: string, params: unknown[] = []) => federation.subgraphs.projects.database.dataSource.query(text, params);

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id title version budget { min { rials } max { rials } } } }`;
const LIST = `query($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String, $last: Int, $before: String) {
  projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount nodes { id title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Volume for the filters, created through the API as an admin would: four projects in three provinces. */
const CREATED = [
  {
    organizationId: seedIds.organization('IR-10'),
    title: 'پل تست اصفهان',
    sector: 'ROADS_AND_PAVING',
    budget: { minRials: '9007199254740993' },
    startedOn: { jalali: '1403-12-30' },
    expectedJobs: 40,
    fundingSources: [{ kind: 'BANK_LOAN' }],
  },
  {
    organizationId: seedIds.organization('IR-10'),
    title: 'بازارچهٔ تست اصفهان',
    sector: 'TRADE',
    budget: { minRials: '1000', maxRials: '5000' },
    startedOn: { iso: '2025-06-01' },
    expectedJobs: 5,
  },
  {
    organizationId: seedIds.organization('IR-21'),
    title: 'نیروگاه تست یزد',
    sector: 'ENERGY',
    startedOn: { iso: '2021-03-20' },
    fundingSources: [{ kind: 'CAPITAL_MARKET', name: 'بورس' }],
  },
  { organizationId: seedIds.organization('IR-23'), title: 'گردشگری تست تهران', sector: 'TOURISM' },
];

beforeAll(async () => {
  federation = await startFederation();
  admin = await nationalAdmin();
  for (const input of CREATED) {
    const { body } = await federation.query(CREATE, { input }, { token: admin });
    expect(body.errors).toBeUndefined();
  }
});
afterAll(() => federation?.stop());

async function titles(filter: object, orderBy?: object): Promise<string[]> {
  const { body } = await federation.query(LIST, { filter, orderBy, first: 100 });
  expect(body.errors).toBeUndefined();
  return body.data.projects.nodes.map((n: { title: string }) => n.title);
}

describe('project filters', () => {
  it('by province, organization, sector and status', async () => {
    expect(await titles({ provinceCodes: ['IR-10'] })).toEqual(['بازارچهٔ تست اصفهان', 'پل تست اصفهان']);
    expect(await titles({ organizationIds: [seedIds.organization('IR-21')] })).toEqual(['نیروگاه تست یزد']);
    expect(await titles({ sectors: ['HEALTH'] })).toEqual(['احداث بیمارستان جنت']);
    expect((await titles({ statuses: ['APPROVED'] })).sort()).toEqual(['احداث نیروگاه‌های خورشیدی']);
    // Smart parking has no reported status, so only the startup offices ("we are trying to set up") are PROPOSED.
    expect(await titles({ provinceCodes: ['IR-07'], sectors: ['TECHNOLOGY'], statuses: ['PROPOSED'] })).toHaveLength(1);
  });

  it('by budget range, exact past 2^53', async () => {
    expect(await titles({ budget: { minRials: '9007199254740993' } })).toEqual(['پل تست اصفهان']);
    expect(await titles({ budget: { minRials: '9007199254740994' } })).toEqual([]);
    // Ranges overlap: the Zand Boulevard building (1.3–1.5 trillion rials) meets 1.4 trillion.
    expect(await titles({ budget: { minRials: '1400000000000', maxRials: '1400000000000' } })).toEqual([
      'ساختمان اداری سازمان در بلوار زند',
    ]);
    expect(await titles({ budget: { maxRials: '4000' } })).toEqual(['بازارچهٔ تست اصفهان']);
  });

  it('by start date, in Jalali or ISO (30 Esfand 1403 exists: 1403 is a leap year)', async () => {
    expect(await titles({ startedOn: { from: { jalali: '1403-12-30' }, to: { jalali: '1403-12-30' } } })).toEqual(['پل تست اصفهان']);
    expect(await titles({ startedOn: { from: { iso: '2025-03-20' }, to: { iso: '2025-03-20' } } })).toEqual(['پل تست اصفهان']);
    // 1399 was leap too: its 30 Esfand is 2021-03-20.
    expect(await titles({ startedOn: { from: { jalali: '۱۳۹۹-۱۲-۳۰' }, to: { jalali: '1399-12-30' } } })).toEqual(['نیروگاه تست یزد']);
  });

  it('by funding source and by synthetic mark', async () => {
    expect(await titles({ fundingKinds: ['CAPITAL_MARKET'] })).toEqual(['نیروگاه تست یزد']);
    // No seeded project has a funding source: its report names none (an "approach" to private investment is not one).
    expect((await titles({ fundingKinds: ['BANK_LOAN', 'PRIVATE_INVESTMENT'] })).sort()).toEqual(['پل تست اصفهان']);
    expect(await titles({ isSynthetic: true })).toEqual([]);
  });

  it('by search, whatever keyboard or digits typed it', async () => {
    // Arabic yeh (ي) in the query, Persian yeh (ی) in the title; ZWNJ read as a space.
    expect(await titles({ search: 'نيروگاه' })).toContain('نیروگاه تست یزد');
    expect(await titles({ search: 'نیروگاه‌های خورشیدی' })).toEqual(['احداث نیروگاه‌های خورشیدی']);
    expect(await titles({ search: 'نیروگاه های خورشیدی' })).toEqual(['احداث نیروگاه‌های خورشیدی']);
    expect(await titles({ search: 'Jannat' })).toEqual(['احداث بیمارستان جنت']);
  });

  it('names the field of a bad filter value', async () => {
    const { body } = await federation.query(LIST, { filter: { provinceCodes: ['Isfahan'] } });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCodes' });
    const reversed = await federation.query(LIST, {
      filter: { startedOn: { from: { jalali: '1404-10-15' }, to: { jalali: '1404-01-01' } } },
    });
    expect(reversed.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startedOn.to' });
    const notLeap = await federation.query(LIST, { filter: { startedOn: { from: { jalali: '1404-12-30' } } } });
    expect(notLeap.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startedOn.from.jalali' });
  });
});

describe('project ordering', () => {
  it('by budget, largest first, projects without a budget last', async () => {
    const ordered = await titles({ provinceCodes: ['IR-10', 'IR-21'] }, { field: 'BUDGET', direction: 'DESC' });
    expect(ordered).toEqual(['پل تست اصفهان', 'بازارچهٔ تست اصفهان', 'نیروگاه تست یزد']);
    const ascending = await titles({ provinceCodes: ['IR-10', 'IR-21'] }, { field: 'BUDGET', direction: 'ASC' });
    expect(ascending).toEqual(['بازارچهٔ تست اصفهان', 'پل تست اصفهان', 'نیروگاه تست یزد']);
  });

  it('by start day, expected jobs, title and creation', async () => {
    expect(await titles({ provinceCodes: ['IR-10', 'IR-21'] }, { field: 'STARTED_ON', direction: 'ASC' })).toEqual([
      'نیروگاه تست یزد',
      'پل تست اصفهان',
      'بازارچهٔ تست اصفهان',
    ]);
    expect(await titles({ provinceCodes: ['IR-10', 'IR-21'] }, { field: 'EXPECTED_JOBS', direction: 'DESC' })).toEqual([
      'پل تست اصفهان',
      'بازارچهٔ تست اصفهان',
      'نیروگاه تست یزد',
    ]);
    expect(await titles({ provinceCodes: ['IR-10'] }, { field: 'TITLE', direction: 'DESC' })).toEqual([
      'پل تست اصفهان',
      'بازارچهٔ تست اصفهان',
    ]);
    const created = await titles({}, { field: 'CREATED_AT', direction: 'DESC' });
    expect(created[0]).toBe('گردشگری تست تهران');
  });
});

describe('project pages', () => {
  it('page backwards with last/before to the same items as forwards', async () => {
    const forward = await federation.query(LIST, { first: 100 });
    const all = forward.body.data.projects.nodes.map((n: { id: string }) => n.id);
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { body }: GraphQLResponse = await federation.query(LIST, { last: 3, before });
      const page: any = body.data.projects;
      seen.unshift(...page.nodes.map((n: { id: string }) => n.id));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it('by creation time, one at a time, each project exactly once (cursors keep microseconds)', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: { body: any } = await federation.query(LIST, { first: 1, after, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
      seen.push(...body.data.projects.nodes.map((n: { id: string }) => n.id));
      if (!body.data.projects.pageInfo.hasNextPage) break;
      after = body.data.projects.pageInfo.endCursor;
    }
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM investment_project`);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('keep their place when projects are inserted before the cursor', async () => {
    const first = await federation.query(LIST, { first: 2 });
    const next = await federation.query(LIST, { first: 2, after: first.body.data.projects.pageInfo.endCursor });
    // A title that sorts before everything: inserted on an earlier page.
    await federation.query(
      CREATE,
      { input: { organizationId: seedIds.organization('IR-23'), title: 'آ اول', sector: 'OTHER' } },
      { token: admin },
    );
    const again = await federation.query(LIST, { first: 2, after: first.body.data.projects.pageInfo.endCursor });
    expect(again.body.data.projects.nodes).toEqual(next.body.data.projects.nodes);
    expect(again.body.data.projects.totalCount).toBe(next.body.data.projects.totalCount + 1);
  });
});

describe('investmentSummary', () => {
  it('counts and sums per province and sector exactly as SQL over the table does', async () => {
    const { body } = await federation.query(`{
      investmentSummary(groupBy: [PROVINCE, SECTOR]) { province { code nameEn } sector projectCount projectsWithBudget budgetMin { rials } budgetMax { rials } expectedJobs }
    }`);
    expect(body.errors).toBeUndefined();
    const expected = await sql(`
      SELECT province_code, sector, count(*)::int AS n, count(budget_min_rials)::int AS with_budget,
             sum(budget_min_rials)::text AS min, sum(budget_max_rials)::text AS max, sum(expected_jobs)::int AS jobs
      FROM investment_project GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(body.data.investmentSummary).toEqual(
      expected.map((row: any) => ({
        province: { code: row.province_code, nameEn: expect.any(String) },
        sector: row.sector,
        projectCount: row.n,
        projectsWithBudget: row.with_budget,
        // Nothing reported is null, not 0.
        budgetMin: row.min === null ? null : { rials: row.min },
        budgetMax: row.max === null ? null : { rials: row.max },
        expectedJobs: row.jobs,
      })),
    );
    const fars = body.data.investmentSummary.filter((g: any) => g.province.code === 'IR-07');
    expect(fars.find((g: any) => g.sector === 'PUBLIC_BUILDINGS').budgetMax.rials).toBe('1500000000000');
  });

  it('groups by the Jalali year work started, and by status, under a filter', async () => {
    const { body } = await federation.query(
      `{ investmentSummary(groupBy: [YEAR], filter: { provinceCodes: ["IR-10", "IR-21"] }) { year projectCount budgetMin { rials } } }`,
    );
    expect(body.data.investmentSummary).toEqual([
      { year: 1399, projectCount: 1, budgetMin: null },
      { year: 1403, projectCount: 1, budgetMin: { rials: '9007199254740993' } },
      { year: 1404, projectCount: 1, budgetMin: { rials: '1000' } },
    ]);
    const byStatus = await federation.query(`{ investmentSummary(groupBy: [STATUS]) { status projectCount } }`);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM investment_project WHERE status = 'PROPOSED'`);
    expect(byStatus.body.data.investmentSummary.find((g: any) => g.status === 'PROPOSED').projectCount).toBe(n);
  });

  it('totals everything when grouped by nothing', async () => {
    const { body } = await federation.query(`{ investmentSummary(groupBy: []) { projectCount budgetMax { rials tomans } } }`);
    const [{ n, max }] = await sql(`SELECT count(*)::int AS n, sum(budget_max_rials)::text AS max FROM investment_project`);
    expect(body.data.investmentSummary).toEqual([{ projectCount: n, budgetMax: { rials: max, tomans: expect.any(String) } }]);
  });
});
