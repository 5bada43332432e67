import { seedIds, stableId } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';
import { tableFingerprints } from './support/table-fingerprints';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

// Every table of the subgraph, as the authorization matrix checks: a refusal changes none of them.
const fingerprint = () => tableFingerprints(federation.subgraphs.organizations.database.dataSource);

const versionOf = async (table: string, id: string) =>
  (await sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

const MAZANDARAN = seedIds.organization('IR-02');
const FARS = seedIds.organization('IR-07');
const SARI = seedIds.municipality('IR-02', 'Sari');
const HAMYAR_GOSTAR = stableId('subsidiary', 'IR-02/Hamyar Gostar');

/** Each write, aimed at a record of Mazandaran (IR-02), with the version it would be based on. */
const EDITS_OF_MAZANDARAN: { name: string; query: string; variables: () => Promise<Record<string, unknown>> }[] = [
  {
    name: 'updateOrganization',
    query: `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: { ceoName: "نام دیگر" }) { version } }`,
    variables: async () => ({ id: MAZANDARAN, v: await versionOf('organization', MAZANDARAN) }),
  },
  {
    name: 'recordOrganizationFigure',
    query: `mutation($id: ID!, $v: Int!) { recordOrganizationFigure(organizationId: $id, version: $v, input: {
      metric: SHAREHOLDER_MUNICIPALITIES, kind: ACTUAL, value: 1, source: { reportId: "news-002" } }) { version } }`,
    variables: async () => ({ id: MAZANDARAN, v: await versionOf('organization', MAZANDARAN) }),
  },
  {
    name: 'setShareholding',
    query: `mutation($id: ID!, $v: Int!, $m: ID!) { setShareholding(organizationId: $id, version: $v, municipalityId: $m, percent: "10") { version } }`,
    variables: async () => ({ id: MAZANDARAN, v: await versionOf('organization', MAZANDARAN), m: SARI }),
  },
  {
    name: 'removeShareholding',
    query: `mutation($id: ID!, $v: Int!, $m: ID!) { removeShareholding(organizationId: $id, version: $v, municipalityId: $m) { version } }`,
    variables: async () => ({ id: MAZANDARAN, v: await versionOf('organization', MAZANDARAN), m: SARI }),
  },
  {
    name: 'createMunicipality',
    query: `mutation { createMunicipality(input: { provinceCode: "IR-02", nameFa: "بابل", nameEn: "Babol" }) { id } }`,
    variables: async () => ({}),
  },
  {
    name: 'updateMunicipality',
    query: `mutation($id: ID!, $v: Int!) { updateMunicipality(id: $id, version: $v, input: { isMetropolis: false }) { version } }`,
    variables: async () => ({ id: SARI, v: await versionOf('municipality', SARI) }),
  },
  {
    name: 'createSubsidiary',
    query: `mutation($id: ID!, $v: Int!) { createSubsidiary(organizationId: $id, version: $v, input: { nameFa: "همیار نو", nameEn: "Hamyar No" }) { id } }`,
    variables: async () => ({ id: MAZANDARAN, v: await versionOf('organization', MAZANDARAN) }),
  },
  {
    name: 'updateSubsidiary',
    query: `mutation($id: ID!, $v: Int!) { updateSubsidiary(id: $id, version: $v, input: { locationFa: "ساری" }) { version } }`,
    variables: async () => ({ id: HAMYAR_GOSTAR, v: await versionOf('subsidiary_company', HAMYAR_GOSTAR) }),
  },
];

describe('organizations: who may write what', () => {
  it.each(EDITS_OF_MAZANDARAN.map((e) => [e.name, e]))('%s without a token: UNAUTHENTICATED, nothing changes', async (_, edit) => {
    const before = await fingerprint();
    const { status, body } = await federation.query(edit.query, await edit.variables());
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toMatch(/token of a province editor or a national admin/);
    expect(await fingerprint()).toEqual(before);
  });

  it.each(EDITS_OF_MAZANDARAN.map((e) => [e.name, e]))(
    '%s by a Fars (IR-07) editor on Mazandaran (IR-02): FORBIDDEN, nothing changes',
    async (_, edit) => {
      const before = await fingerprint();
      const { body } = await federation.query(edit.query, await edit.variables(), { token: await editorOf('IR-07') });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(body.errors![0].message).toMatch(/IR-07.*IR-02/);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('the row a Fars editor tried to change is exactly as it was, field by field', async () => {
    const [before] = await sql(`SELECT * FROM organization WHERE id = $1`, [MAZANDARAN]);
    const { body } = await federation.query(
      `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: { name: "سازمان فارس" }) { name } }`,
      { id: MAZANDARAN, v: before.version },
      { token: await editorOf('IR-07') },
    );
    expect(body.data).toEqual({ updateOrganization: null });
    expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [after] = await sql(`SELECT * FROM organization WHERE id = $1`, [MAZANDARAN]);
    expect(after).toEqual(before);
    const changes = await sql(`SELECT * FROM record_change WHERE record_id = $1 AND operation = 'UPDATE'`, [MAZANDARAN]);
    expect(changes).toEqual([]);
  });

  it.each(EDITS_OF_MAZANDARAN.map((e) => [e.name, e]))('%s by a Mazandaran (IR-02) editor: done', async (_, edit) => {
    const { body } = await federation.query(edit.query, await edit.variables(), { token: await editorOf('IR-02') });
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!)[0]).not.toBeNull();
  });

  it.each(EDITS_OF_MAZANDARAN.filter((e) => e.name !== 'createMunicipality').map((e) => [e.name, e]))(
    '%s by a national admin: done, in any province',
    async (_, edit) => {
      const { body } = await federation.query(edit.query, await edit.variables(), { token: await nationalAdmin() });
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data!)[0]).not.toBeNull();
    },
  );

  it('a national admin adds a municipality anywhere; the history names who did it', async () => {
    const { body } = await federation.query(
      `mutation { createMunicipality(input: { provinceCode: "IR-25", nameFa: "جعفریه", nameEn: "Jafariyeh" }) { id province { code } history { nodes { operation actor { subject role provinceCode } } } } }`,
      {},
      { token: await nationalAdmin() },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.createMunicipality.province.code).toBe('IR-25');
    expect(body.data.createMunicipality.history.nodes).toEqual([
      { operation: 'CREATE', actor: { subject: 'admin@national', role: 'NATIONAL_ADMIN', provinceCode: null } },
    ]);
  });

  it('an editor writes its own province: a Fars editor changes Fars', async () => {
    const { body } = await federation.query(
      `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: { ceoNameEn: "Ali Seyed Nasiri" }) { ceoNameEn version history { nodes { actor { subject role provinceCode } } } } }`,
      { id: FARS, v: await versionOf('organization', FARS) },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateOrganization.ceoNameEn).toBe('Ali Seyed Nasiri');
    expect(body.data.updateOrganization.history.nodes.at(-1).actor).toEqual({
      subject: 'editor@IR-07',
      role: 'PROVINCE_EDITOR',
      provinceCode: 'IR-07',
    });
  });

  it('a Fars editor cannot give a stake in Fars’s organization to a municipality of Mazandaran', async () => {
    const before = await fingerprint();
    const stake = await federation.query(
      `mutation($id: ID!, $v: Int!, $m: ID!) { setShareholding(organizationId: $id, version: $v, municipalityId: $m, percent: "1") { version } }`,
      { id: FARS, v: await versionOf('organization', FARS), m: SARI },
      { token: await editorOf('IR-07') },
    );
    expect(stake.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityId' });
    expect(await fingerprint()).toEqual(before);
  });

  it('reading needs no token, even right after the writes', async () => {
    const { body } = await federation.query(`query($id: ID!) { organization(id: $id) { name version history { nodes { operation } } } }`, {
      id: MAZANDARAN,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.organization.version).toBeGreaterThan(1);
  });
});
