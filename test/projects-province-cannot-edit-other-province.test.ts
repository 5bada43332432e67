import { seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
const MAZANDARAN_SOLAR = seedIds.project('mazandaran/solar-power-plants');
const row = async (id: string) =>
  (
    await federation.subgraphs.projects.database.dataSource.query(
      `SELECT title_fa, status, version FROM investment_project WHERE id = $1`,
      [id],
    )
  )[0];
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { title version } }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id province { code } organization { name } version } }`;

beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

describe('who may change a project', () => {
  it('nobody without a token: UNAUTHENTICATED, nothing changes', async () => {
    const { status, body } = await federation.query(UPDATE, { id: MAZANDARAN_SOLAR, version: 1, input: { title: 'x' } });
    expect(status).toBe(200);
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toBe('Not authenticated: changing a project needs a token of a province editor or a national admin');
    expect(await row(MAZANDARAN_SOLAR)).toMatchObject({ title_fa: 'احداث نیروگاه‌های خورشیدی', version: 1 });
  });

  it('not a Fars editor on a Mazandaran project: FORBIDDEN, nothing changes', async () => {
    const { body } = await federation.query(
      UPDATE,
      { id: MAZANDARAN_SOLAR, version: 1, input: { title: 'x' } },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(body.errors![0].message).toContain('IR-07');
    expect(await row(MAZANDARAN_SOLAR)).toMatchObject({ title_fa: 'احداث نیروگاه‌های خورشیدی', version: 1 });
    const create = await federation.query(
      CREATE,
      { input: { organizationId: seedIds.organization('IR-02'), title: 'x', sector: 'OTHER' } },
      { token: await editorOf('IR-07') },
    );
    expect(create.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [{ n }] = await federation.subgraphs.projects.database.dataSource.query(
      `SELECT count(*)::int AS n FROM investment_project WHERE title_fa = 'x'`,
    );
    expect(n).toBe(0);
  });

  it('a Mazandaran editor on its own project: yes, and the history says who', async () => {
    const { body } = await federation.query(
      UPDATE,
      { id: MAZANDARAN_SOLAR, version: 1, input: { titleEn: 'Solar power plants' } },
      { token: await editorOf('IR-02') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateProject.version).toBe(2);
    const history = await federation.query(
      `query($id: ID!) { project(id: $id) { history { nodes { version operation actor { role provinceCode subject } changes { field before after } } } } }`,
      { id: MAZANDARAN_SOLAR },
    );
    expect(history.body.data.project.history.nodes).toEqual([
      expect.objectContaining({ version: 1, operation: 'CREATE', actor: { role: 'SEED', provinceCode: null, subject: 'source-record' } }),
      {
        version: 2,
        operation: 'UPDATE',
        actor: { role: 'PROVINCE_EDITOR', provinceCode: 'IR-02', subject: 'editor@IR-02' },
        changes: [{ field: 'titleEn', before: JSON.stringify('Building solar power plants'), after: JSON.stringify('Solar power plants') }],
      },
    ]);
  });

  it('a province editor creates projects of its own organization, in its province', async () => {
    const { body } = await federation.query(
      CREATE,
      { input: { organizationId: seedIds.organization('IR-07'), title: 'پارکینگ هوشمند شیراز', sector: 'TECHNOLOGY' } },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.createProject).toMatchObject({
      province: { code: 'IR-07' },
      organization: { name: 'سازمان همیاری شهرداری‌های استان فارس' },
      version: 1,
    });
  });

  it('a national admin changes any province’s project', async () => {
    const { body } = await federation.query(
      `mutation($id: ID!) { changeProjectStatus(id: $id, version: 2, status: IN_PROGRESS) { status version } }`,
      { id: MAZANDARAN_SOLAR },
      { token: await nationalAdmin() },
    );
    expect(body.data.changeProjectStatus).toEqual({ status: 'IN_PROGRESS', version: 3 });
  });

  it('a forged or unsigned token is refused at the gateway with 401', async () => {
    const forged = await federation.query(
      UPDATE,
      { id: MAZANDARAN_SOLAR, version: 3, input: { title: 'x' } },
      { token: (await nationalAdmin()).slice(0, -4) + 'AAAA' },
    );
    expect(forged.status).toBe(401);
    expect(forged.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a subgraph asked directly, without the gateway’s signed identity, refuses with 401', async () => {
    const response = await fetch(federation.subgraphs.projects.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hamyar-identity': 'anything' },
      body: JSON.stringify({ query: '{ projects { totalCount } }' }),
    });
    expect(response.status).toBe(401);
  });
});
