import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
let admin: string;
const JANNAT = seedIds.project('fars/jannat-hospital');
const db = () => federation.subgraphs.projects.database.dataSource;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version status } }`;
const STATUS = `mutation($id: ID!, $version: Int!, $status: ProjectStatus!) { changeProjectStatus(id: $id, version: $version, status: $status) { status version } }`;

beforeAll(async () => {
  federation = await startFederation();
  admin = await nationalAdmin();
});
afterAll(() => federation?.stop());

async function expectRefused(query: string, variables: Record<string, unknown>, field: string) {
  const countBefore = (await db().query(`SELECT count(*)::int AS n FROM record_change`))[0].n;
  const { body } = await federation.query(query, variables, { token: admin });
  expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect((await db().query(`SELECT count(*)::int AS n FROM record_change`))[0].n).toBe(countBefore);
  return body.errors![0].message as string;
}

describe('the rules a project keeps, each refused with the field named and nothing changed', () => {
  const base = { organizationId: seedIds.organization('IR-07'), title: 'طرح آزمایشی', sector: 'OTHER' };

  it('amounts are non-negative and ranges ordered', async () => {
    await expectRefused(CREATE, { input: { ...base, budget: { minRials: '-1' } } }, 'input.budget.min');
    const message = await expectRefused(CREATE, { input: { ...base, budget: { minRials: '500', maxRials: '100' } } }, 'input.budget.max');
    expect(message).toContain('below the lower bound');
    await expectRefused(CREATE, { input: { ...base, expectedJobs: -3 } }, 'input.expectedJobs');
  });

  it('Jalali dates are real days, and completion is not before the start', async () => {
    await expectRefused(CREATE, { input: { ...base, startedOn: { jalali: '1404-12-30' } } }, 'input.startedOn.jalali');
    await expectRefused(
      CREATE,
      { input: { ...base, startedOn: { jalali: '1404-01-01' }, plannedCompletionOn: { jalali: '1403-01-01' } } },
      'input.plannedCompletionOn',
    );
  });

  it('the organization must exist (asked of the organizations subgraph)', async () => {
    const { body } = await federation.query(
      CREATE,
      { input: { ...base, organizationId: '00000000-0000-4000-8000-000000000000' } },
      { token: admin },
    );
    expect(body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.organizationId' });
  });

  it('the status life cycle refuses impossible transitions: COMPLETED back to PROPOSED', async () => {
    const created = await federation.query(CREATE, { input: { ...base, status: 'APPROVED' } }, { token: admin });
    const id = created.body.data.createProject.id;
    await federation.query(STATUS, { id, version: 1, status: 'IN_PROGRESS' }, { token: admin });
    const done = await federation.query(STATUS, { id, version: 2, status: 'COMPLETED' }, { token: admin });
    expect(done.body.data.changeProjectStatus).toEqual({ status: 'COMPLETED', version: 3 });
    const message = await expectRefused(STATUS, { id, version: 3, status: 'PROPOSED' }, 'status');
    expect(message).toContain('final');
    const [{ status }] = await db().query(`SELECT status FROM investment_project WHERE id = $1`, [id]);
    expect(status).toBe('COMPLETED');
  });

  it('progress is between 0 and 100, and recorded with its history', async () => {
    await expectRefused(
      `mutation($id: ID!) { recordProjectProgress(projectId: $id, version: 1, input: { percentComplete: 120, reportedOn: { jalali: "1404-10-15" } }) { version } }`,
      { id: JANNAT },
      'input.percentComplete',
    );
    const { body } = await federation.query(
      `mutation($id: ID!) { recordProjectProgress(projectId: $id, version: 1, input: { percentComplete: 35.5, reportedOn: { jalali: "1404-10-15" } }) {
        version percentComplete progress { nodes { percentComplete reportedOn { iso } } } history { nodes { version changes { field before after } } } } }`,
      { id: JANNAT },
      { token: admin },
    );
    expect(body.data.recordProjectProgress).toMatchObject({
      version: 2,
      percentComplete: 35.5,
      progress: { nodes: [{ percentComplete: 35.5, reportedOn: { iso: '2026-01-05' } }] },
    });
    expect(body.data.recordProjectProgress.history.nodes[1]).toEqual({
      version: 2,
      changes: [{ field: 'percentComplete', before: null, after: '35.5' }],
    });
  });
});

describe('two editors changing the same version of a project at once', () => {
  it('one wins; the other gets CONFLICT and writes nothing', async () => {
    const { body } = await federation.query(
      CREATE,
      { input: { organizationId: seedIds.organization('IR-02'), title: 'طرح همزمان', sector: 'OTHER' } },
      { token: admin },
    );
    const id = body.data.createProject.id;
    const update = (title: string) =>
      federation.query(
        `mutation($id: ID!, $title: String!) { updateProject(id: $id, version: 1, input: { title: $title }) { title version } }`,
        { id, title },
        { token: admin },
      );
    const results = await Promise.all([update('نسخهٔ الف'), update('نسخهٔ ب')]);
    const winners = results.filter((r) => r.body.data?.updateProject);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const [stored] = await db().query(`SELECT title_fa, version FROM investment_project WHERE id = $1`, [id]);
    expect(stored).toEqual({ title_fa: winners[0].body.data.updateProject.title, version: 2 });
    const changes = await db().query(`SELECT version, operation FROM record_change WHERE record_id = $1 ORDER BY version`, [id]);
    expect(changes).toEqual([
      { version: 1, operation: 'CREATE' },
      { version: 2, operation: 'UPDATE' },
    ]);
  });
});
