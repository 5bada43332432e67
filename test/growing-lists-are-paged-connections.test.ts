import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

/**
 * The lists that only grow — a record's history, an agreement's amendments, a project's milestones and
 * progress reports, an organization's figures — are paged connections like every other list: pages forward
 * and backward meet in the middle, a cursor keeps its place while the list grows, a forged cursor is the
 * client's BAD_USER_INPUT, an unbounded ask is priced and refused at the gateway, and the pages of many
 * parents cost one statement per list, however many parents there are.
 */
let federation: Federation;
let admin: string;

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const JANNAT = seedIds.project('fars/jannat-hospital');
const FARS = seedIds.organization('IR-07');

/** Amendment days out of the order they are recorded in: the list is by day, then by the version each produced. */
const AMENDMENT_DAYS = ['2026-02-10', '2026-02-01', '2026-03-01', '2026-02-01', '2026-01-20'];
/** Milestone days out of order, one without a day (listed last). */
const MILESTONE_DAYS = ['2027-05-01', null, '2026-09-01', '2027-01-15', '2026-12-01'];
/** More progress reports than a page holds by default (20), so the project's history is longer than one too. */
const PROGRESS_REPORTS = 21;

async function mutate(query: string, variables: Record<string, unknown>) {
  const { body } = await federation.query(query, variables, { token: admin });
  expect(body.errors).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  federation = await startFederation();
  admin = await nationalAdmin();
  let version = 1;
  for (const [i, day] of AMENDMENT_DAYS.entries()) {
    const data = await mutate(
      `mutation($id: ID!, $v: Int!, $day: String!, $summary: String!) { amendAgreement(agreementId: $id, version: $v, input: { amendedOn: { iso: $day }, summary: $summary }) { version } }`,
      { id: MOU_4134, v: version, day, summary: `Amendment ${i + 1}` },
    );
    version = data.amendAgreement.version;
  }
  const project = await federation.query(`query($id: ID!) { project(id: $id) { version } }`, { id: JANNAT });
  version = project.body.data.project.version;
  for (const [i, day] of MILESTONE_DAYS.entries()) {
    const data = await mutate(
      `mutation($id: ID!, $v: Int!, $input: MilestoneInput!) { recordProjectMilestone(projectId: $id, version: $v, input: $input) { version } }`,
      { id: JANNAT, v: version, input: { title: `مرحلهٔ ${i + 1}`, dueOn: day ? { iso: day } : null } },
    );
    version = data.recordProjectMilestone.version;
  }
  for (let i = 0; i < PROGRESS_REPORTS; i++) {
    const data = await mutate(
      `mutation($id: ID!, $v: Int!, $input: ProgressInput!) { recordProjectProgress(projectId: $id, version: $v, input: $input) { version } }`,
      { id: JANNAT, v: version, input: { percentComplete: i + 1, reportedOn: { iso: `2026-03-${String(i + 1).padStart(2, '0')}` } } },
    );
    version = data.recordProjectProgress.version;
  }
}, 300_000);
afterAll(() => federation?.stop());

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A list's page through the gateway: `select` reads the connection out of the answer. */
async function page(query: string, variables: Record<string, unknown>, select: (data: any) => Page): Promise<Page> {
  const { body } = await federation.query(query, variables);
  expect(body.errors).toBeUndefined();
  return select(body.data);
}

/** Every node of a list, two at a time forwards, and two at a time backwards (put back in list order). */
async function walk(query: string, id: string, select: (data: any) => Page) {
  const forwards: unknown[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const current = await page(query, { id, first: 2, after }, select);
    forwards.push(...current.nodes);
    expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
    pages++;
    if (!current.pageInfo.hasNextPage) break;
    after = current.pageInfo.endCursor;
  }
  const backwards: unknown[] = [];
  let before: string | null = null;
  for (;;) {
    const current = await page(query, { id, last: 2, before }, select);
    backwards.unshift(...current.nodes);
    expect(current.pageInfo.hasNextPage).toBe(before !== null);
    if (!current.pageInfo.hasPreviousPage) break;
    before = current.pageInfo.startCursor;
  }
  const whole = await page(query, { id, first: 100 }, select);
  return { forwards, backwards, whole: whole.nodes, pages };
}

const PAGED = (path: string, selection: string) =>
  `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { ${path.replace('$PAGE', '(first: $first, after: $after, last: $last, before: $before)')} { nodes { ${selection} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } ${'}'.repeat(path.split('{').length - 1)} }`;

describe('growing lists are paged connections', () => {
  it("an agreement's amendments page forwards and backwards by day, then by the version each produced", async () => {
    const query = PAGED('agreement(id: $id) { amendments$PAGE', 'summary amendedOn { iso } version');
    const { forwards, backwards, whole, pages } = await walk(query, MOU_4134, (d) => d.agreement.amendments);
    expect(pages).toBe(3);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
    expect(whole.map((a: any) => [a.amendedOn.iso, a.summary])).toEqual([
      ['2026-01-20', 'Amendment 5'],
      ['2026-02-01', 'Amendment 2'],
      ['2026-02-01', 'Amendment 4'],
      ['2026-02-10', 'Amendment 1'],
      ['2026-03-01', 'Amendment 3'],
    ]);
  });

  it("an agreement's history pages oldest first, and a cursor keeps its place while the history grows", async () => {
    const query = PAGED('agreement(id: $id) { history$PAGE', 'version operation');
    const { forwards, backwards, whole } = await walk(query, MOU_4134, (d) => d.agreement.history);
    expect(whole.map((c: any) => c.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);

    const first = await page(query, { id: MOU_4134, first: 2 }, (d) => d.agreement.history);
    const next = await page(query, { id: MOU_4134, first: 2, after: first.pageInfo.endCursor }, (d) => d.agreement.history);
    const { agreement } = (await federation.query(`query($id: ID!) { agreement(id: $id) { version } }`, { id: MOU_4134 })).body.data;
    await mutate(`mutation($id: ID!, $v: Int!) { updateAgreement(id: $id, version: $v, input: { expectedJobs: 7 }) { version } }`, {
      id: MOU_4134,
      v: agreement.version,
    });
    const again = await page(query, { id: MOU_4134, first: 2, after: first.pageInfo.endCursor }, (d) => d.agreement.history);
    expect(again.nodes).toEqual(next.nodes);
    expect(again.pageInfo.endCursor).toBe(next.pageInfo.endCursor);
    const last = await page(query, { id: MOU_4134, last: 1 }, (d) => d.agreement.history);
    expect(last.nodes).toEqual([{ version: 7, operation: 'UPDATE' }]);
  });

  it("a project's milestones page by due day, those without one last", async () => {
    const query = PAGED('project(id: $id) { milestones$PAGE', 'title dueOn { iso }');
    const { forwards, backwards, whole } = await walk(query, JANNAT, (d) => d.project.milestones);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
    const days = whole.map((m: any) => m.dueOn?.iso ?? null);
    expect(days.slice(-1)).toEqual([null]);
    expect(days.filter((day) => day !== null)).toEqual([...days.filter((day) => day !== null)].sort());
    expect(days.filter((day) => MILESTONE_DAYS.includes(day))).toHaveLength(MILESTONE_DAYS.length);
  });

  it("a project's progress and history hold 20 by default, and percentComplete is the latest report", async () => {
    const { body } = await federation.query(
      `query($id: ID!) { project(id: $id) {
        percentComplete
        progress { totalCount nodes { percentComplete } pageInfo { hasNextPage } }
        history { totalCount nodes { version } pageInfo { hasNextPage } }
        latest: progress(last: 1) { nodes { percentComplete reportedOn { iso } } }
      } }`,
      { id: JANNAT },
    );
    expect(body.errors).toBeUndefined();
    const { project } = body.data;
    expect(project.progress.nodes).toHaveLength(20);
    expect(project.progress.pageInfo.hasNextPage).toBe(true);
    expect(project.progress.totalCount).toBeGreaterThanOrEqual(PROGRESS_REPORTS);
    expect(project.history.nodes).toHaveLength(20);
    expect(project.history.nodes.map((c: any) => c.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(project.history.totalCount).toBeGreaterThanOrEqual(1 + MILESTONE_DAYS.length + PROGRESS_REPORTS);
    expect(project.latest.nodes).toEqual([{ percentComplete: PROGRESS_REPORTS, reportedOn: { iso: `2026-03-${PROGRESS_REPORTS}` } }]);
    expect(project.percentComplete).toBe(PROGRESS_REPORTS);
  });

  it("an organization's figures page in their order", async () => {
    const query = PAGED('organization(id: $id) { figures$PAGE', 'metric kind value');
    const { forwards, backwards, whole } = await walk(query, FARS, (d) => d.organization.figures);
    expect(whole.length).toBeGreaterThan(2);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
  });

  it('a forged cursor, or one another list gave out, is BAD_USER_INPUT naming the argument', async () => {
    const history = PAGED('agreement(id: $id) { history$PAGE', 'version');
    const milestones = await page(
      PAGED('project(id: $id) { milestones$PAGE', 'title'),
      { id: JANNAT, first: 1 },
      (d) => d.project.milestones,
    );
    const forged = Buffer.from(JSON.stringify(['two', 'x'])).toString('base64url');
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 2, after: forged }, 'after'],
      [{ last: 2, before: milestones.pageInfo.endCursor }, 'before'],
      [{ first: 2, after: 'not a cursor!' }, 'after'],
    ];
    for (const [variables, argument] of cases) {
      const { body } = await federation.query(history, { id: MOU_4134, ...variables });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toContain(argument);
      expect(body.data?.agreement ?? null).toBeNull();
    }
  });

  it('an unbounded ask is priced by its first and refused at the gateway before any subgraph runs', async () => {
    let answer: any;
    const counts = await federation.countStatements(async () => {
      answer = await federation.query(`{ organizations(first: 100) { nodes { history(first: 100) { nodes { version } } } } }`);
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('COST_LIMIT');
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
    const tooMany = await federation.query(`query($id: ID!) { project(id: $id) { milestones(first: 101) { nodes { title } } } }`, {
      id: JANNAT,
    });
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the pages of many parents cost the same statements as those of a few', async () => {
    const query = `query($n: Int) {
      organizations(first: $n) { nodes { figures(first: 2) { nodes { value } } history(first: 2) { totalCount nodes { version } } } }
      municipalities(first: $n) { nodes { history(last: 2) { nodes { version } } } }
      projects(first: $n) { nodes { percentComplete milestones(first: 2) { nodes { title } } progress(last: 2) { nodes { percentComplete } } history(first: 2) { nodes { version } } } }
      agreements(first: $n) { nodes { amendments(first: 2) { totalCount nodes { summary } } history(first: 2) { nodes { version } } } }
    }`;
    const parents: Record<number, number[]> = {};
    const statements = async (n: number) =>
      federation.countStatements(async () => {
        const { body } = await federation.query(query, { n });
        expect(body.errors).toBeUndefined();
        parents[n] = ['organizations', 'municipalities', 'projects', 'agreements'].map((list) => body.data[list].nodes.length);
      });
    const few = await statements(2);
    const many = await statements(30);
    // more parents of every list (the record has 7 projects), the same statements
    expect(parents[2]).toEqual([2, 2, 2, 2]);
    for (const count of parents[30]) expect(count).toBeGreaterThan(5);
    for (const subgraph of ['organizations', 'projects', 'agreements'] as const) {
      expect(few[subgraph]).toBeGreaterThan(0);
      expect(many[subgraph]).toBe(few[subgraph]);
    }
  });
});
