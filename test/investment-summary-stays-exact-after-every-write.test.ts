import { seedIds } from '@hamyar/shared';
import { investmentSummarySql, type InvestmentGrouping } from '../subgraphs/projects/src/domain/investment-summary';
import { projectConditions, type ProjectFilter } from '../subgraphs/projects/src/domain/project-filter';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

/**
 * investmentSummary reads a rollup that triggers keep (project_investment_rollup), not the projects. After
 * every kind of write (creates, edits that move a project to another group or turn a known budget unknown and
 * back, status changes, bulk SQL updates and deletes, concurrent writes to one group, a truncate) the summary
 * read from the rollup must equal the one aggregated from the projects themselves: every grouping, the
 * filters the rollup serves, unknowns as null and not 0, bounds counted.
 */
// Three embedded databases start and seed in beforeAll, and each step compares 49 summaries twice: on PGlite
// under a busy machine that is more than the default minute.
jest.setTimeout(240_000);

let federation: Federation;
let admin: string;
const db = () => federation.subgraphs.projects.database.dataSource;

beforeAll(async () => {
  federation = await startFederation();
  admin = await nationalAdmin();
});
afterAll(() => federation?.stop());

const GROUPINGS: InvestmentGrouping[][] = [
  [],
  ['PROVINCE'],
  ['SECTOR'],
  ['STATUS'],
  ['YEAR'],
  ['PROVINCE', 'SECTOR'],
  ['PROVINCE', 'SECTOR', 'STATUS', 'YEAR'],
];
const FILTERS: (ProjectFilter | null)[] = [
  null,
  { provinceCodes: ['IR-07', 'IR-08'] },
  { provinceCodes: ['IR-30'] },
  { organizationIds: [seedIds.organization('IR-08')] },
  { sectors: ['OTHER', 'ENERGY'], statuses: ['PROPOSED'] },
  { statuses: [] },
  { isSynthetic: false },
];

/** Every grouping under every filter, read from the rollup and from the projects: the two must be equal. */
async function expectRollupExact(step: string) {
  for (const groupBy of GROUPINGS) {
    for (const filter of FILTERS) {
      const read = (source: 'rollup' | 'projects') => {
        const sql = investmentSummarySql(groupBy, projectConditions(filter), source);
        return db().query(sql.text, sql.params);
      };
      const [fromRollup, fromProjects] = [await read('rollup'), await read('projects')];
      expect({ step, groupBy, filter, rows: fromRollup }).toEqual({ step, groupBy, filter, rows: fromProjects });
    }
  }
}

const SUMMARY = `projectCount projectsWithBudget projectsWithoutBudget budgetRanges budgetMin { rials } budgetMax { rials }
  projectsWithJobs projectsWithoutJobs expectedJobs expectedJobsQualifier projectsWithoutStatus`;

async function gql(query: string, variables?: Record<string, unknown>) {
  const { body } = await federation.query(query, variables, { token: admin });
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function create(input: Record<string, unknown>): Promise<string> {
  const data = await gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input });
  return data.createProject.id;
}

async function update(id: string, input: Record<string, unknown>) {
  const [{ version }] = await db().query(`SELECT version FROM investment_project WHERE id = $1`, [id]);
  await gql(
    `mutation($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id } }`,
    { id, version, input },
  );
}

async function changeStatus(id: string, status: string) {
  const [{ version }] = await db().query(`SELECT version FROM investment_project WHERE id = $1`, [id]);
  await gql(
    `mutation($id: ID!, $version: Int!, $status: ProjectStatus!) { changeProjectStatus(id: $id, version: $version, status: $status) { id } }`,
    { id, version, status },
  );
}

/** Kerman (IR-08) alone, through the gateway: what a user reads for the province the test writes to. */
async function kerman() {
  const data = await gql(`{ investmentSummary(groupBy: [], filter: { provinceCodes: ["IR-08"] }) { ${SUMMARY} } }`);
  return data.investmentSummary[0];
}

describe('investmentSummary read from its rollup stays exact after every write', () => {
  it('reads the rollup for the filters it serves, and the projects for the rest', async () => {
    const statements = async (filter: string) => {
      const { statements: recorded } = await federation.subgraphs.projects.database.statements.record(() =>
        gql(`{ investmentSummary(groupBy: [PROVINCE], filter: ${filter}) { projectCount } }`),
      );
      return recorded.map((s) => s.query).join('\n');
    };
    expect(await statements('{ provinceCodes: ["IR-07"], sectors: [ENERGY], statuses: [PROPOSED], isSynthetic: false }')).toMatch(
      /FROM project_investment_rollup/,
    );
    for (const exactOnly of [
      '{ search: "خورشیدی" }',
      '{ budget: { minRials: "1" } }',
      '{ startedOn: { from: { jalali: "1400-01-01" } } }',
      '{ fundingKinds: [PRIVATE_INVESTMENT] }',
    ]) {
      const sql = await statements(exactOnly);
      expect(sql).toMatch(/FROM investment_project/);
      expect(sql).not.toMatch(/project_investment_rollup/);
    }
  });

  it('holds for the seeded record, and when the migration fills the rollup from existing projects', async () => {
    await expectRollupExact('seeded');
    // Undo the rollup's migration (and any run after it, newest first) and run them again: this time the
    // rollup is built from the projects already there.
    const executed: { name: string }[] = await db().query(`SELECT name FROM typeorm_migrations ORDER BY id DESC`);
    const toUndo = executed.findIndex((m) => m.name === 'InvestmentSummaryRollup1768000000000') + 1;
    expect(toUndo).toBeGreaterThan(0);
    for (let i = 0; i < toUndo; i++) await db().undoLastMigration({ transaction: 'each' });
    await db().runMigrations({ transaction: 'each' });
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM project_investment_rollup WHERE project_count > 0`);
    expect(n).toBeGreaterThan(0);
    await expectRollupExact('backfilled');
  });

  it('holds after creates and edits through the API: group keys changed, budgets and jobs known, unknown and known again', async () => {
    const organizationId = seedIds.organization('IR-08');
    const before = await kerman();
    const a = await create({
      organizationId,
      title: 'رول‌آپ الف',
      sector: 'ENERGY',
      budget: { minRials: '1000', maxRials: '3000' },
      expectedJobs: 40,
      expectedJobsQualifier: 'AT_LEAST',
    });
    const b = await create({ organizationId, title: 'رول‌آپ ب', sector: 'ENERGY', status: null, startedOn: { jalali: '1401-05-01' } });
    const c = await create({
      organizationId,
      title: 'رول‌آپ ج',
      sector: 'HEALTH',
      budget: { minRials: '9007199254740993' },
      expectedJobs: 7,
      startedOn: { jalali: '1403-01-01' },
    });
    await expectRollupExact('created');
    expect(await kerman()).toMatchObject({
      projectCount: before.projectCount + 3,
      projectsWithBudget: before.projectsWithBudget + 2,
      projectsWithoutStatus: before.projectsWithoutStatus + 1,
    });

    await update(a, { sector: 'TOURISM' }); // another group
    await expectRollupExact('sector changed');
    await update(a, { budget: null, expectedJobs: null }); // known to unknown
    await expectRollupExact('budget and jobs made unknown');
    const tourism = await gql(
      `{ investmentSummary(groupBy: [SECTOR], filter: { provinceCodes: ["IR-08"], sectors: [TOURISM] }) { sector ${SUMMARY} } }`,
    );
    // The only Kerman tourism project now reports nothing: null sums, counted as missing, not 0.
    expect(tourism.investmentSummary).toEqual([
      {
        sector: 'TOURISM',
        projectCount: 1,
        projectsWithBudget: 0,
        projectsWithoutBudget: 1,
        budgetRanges: 0,
        budgetMin: null,
        budgetMax: null,
        projectsWithJobs: 0,
        projectsWithoutJobs: 1,
        expectedJobs: null,
        expectedJobsQualifier: null,
        projectsWithoutStatus: 0,
      },
    ]);
    await update(a, { budget: { minRials: '500', maxRials: '800' }, expectedJobs: 12, expectedJobsQualifier: 'ABOUT' }); // and known again
    await update(b, { budget: { minRials: '77' }, startedOn: { jalali: '1399-12-30' } }); // another year
    await update(c, { expectedJobs: 9, expectedJobsQualifier: 'AT_MOST', title: 'رول‌آپ ج ویرایش' });
    await changeStatus(c, 'APPROVED');
    await expectRollupExact('edited back and forth');
    expect(await kerman()).toMatchObject({ expectedJobsQualifier: 'ABOUT' });
  });

  it('holds after bulk SQL writes: many rows moved between groups at once, keys made unknown, deletes', async () => {
    await db().query(`UPDATE investment_project SET province_code = 'IR-30', organization_id = $1 WHERE province_code = 'IR-07'`, [
      seedIds.organization('IR-30'),
    ]);
    await expectRollupExact('province moved');
    await db().query(`UPDATE investment_project SET status = NULL, is_synthetic = NOT is_synthetic WHERE sector IN ('ENERGY', 'OTHER')`);
    await expectRollupExact('status unknown, synthetic flipped');
    await db().query(
      `UPDATE investment_project SET started_jalali_year = NULL, started_on = NULL, expected_jobs = expected_jobs + 1 WHERE expected_jobs IS NOT NULL`,
    );
    await expectRollupExact('years dropped, jobs changed');
    await db().query(`DELETE FROM investment_project WHERE id IN (SELECT id FROM investment_project ORDER BY id LIMIT 3)`);
    await expectRollupExact('three deleted');
    // Every project of one province gone: its groups must vanish, not remain as zeros.
    await db().query(`DELETE FROM investment_project WHERE province_code = 'IR-08'`);
    await expectRollupExact('a province emptied');
    expect(await kerman()).toEqual(
      expect.objectContaining({ projectCount: 0, budgetMin: null, expectedJobs: null, expectedJobsQualifier: null }),
    );
  });

  it('loses no update when concurrent writes hit the same groups', async () => {
    const organizationId = seedIds.organization('IR-09');
    const ids = Array.from({ length: 24 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const insert = (id: string, i: number) =>
      db().query(
        `INSERT INTO investment_project (id, organization_id, province_code, title_fa, sector, status, budget_min_rials, budget_max_rials, expected_jobs, expected_jobs_qualifier)
         VALUES ($1, $2, 'IR-09', $3, 'TRADE', 'PROPOSED', $4, $4, $5, $6)`,
        [id, organizationId, `هم‌زمان ${i}`, i % 3 === 0 ? null : String(1000 + i), i % 2 === 0 ? i : null, i % 2 === 0 ? 'EXACT' : null],
      );
    await Promise.all(ids.map(insert));
    await expectRollupExact('concurrent inserts');
    // Moves in both directions at once, between two groups, plus edits and deletes in the same groups.
    await Promise.all(
      ids.map((id, i) =>
        i % 4 === 0
          ? db().query(`DELETE FROM investment_project WHERE id = $1`, [id])
          : db().query(
              `UPDATE investment_project SET sector = CASE sector WHEN 'TRADE' THEN 'TOURISM' ELSE 'TRADE' END, budget_max_rials = budget_max_rials * 2 WHERE id = $1 OR id = $2`,
              [id, ids[(i + 5) % ids.length]],
            ),
      ),
    );
    await expectRollupExact('concurrent moves, edits and deletes');
  });

  it('is emptied with the table', async () => {
    await db().query(`TRUNCATE investment_project CASCADE`);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM project_investment_rollup`);
    expect(n).toBe(0);
    await expectRollupExact('truncated');
  });
});
