import { seedIds, stableId } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

async function data(query: string, variables?: Record<string, unknown>, token?: string) {
  const { body } = await federation.query(query, variables, { token });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const HISTORY =
  'version history { nodes { version operation changedAt actor { subject role provinceCode } changes { field before after } } }';
const FARS = seedIds.organization('IR-07');
const SHIRAZ = seedIds.municipality('IR-07', 'Shiraz');
const HAMYAR_GOSTAR = stableId('subsidiary', 'IR-02/Hamyar Gostar');
const SEED_ACTOR = { subject: 'source-record', role: 'SEED', provinceCode: null };
const FARS_EDITOR = { subject: 'editor@IR-07', role: 'PROVINCE_EDITOR', provinceCode: 'IR-07' };
const ADMIN = { subject: 'admin@national', role: 'NATIONAL_ADMIN', provinceCode: null };
const json = (value: unknown) => JSON.stringify(value);

describe('organizations: every change is kept, who made it and what it changed', () => {
  it('a seeded organization starts at version 1 with its creation by the seed of the source record', async () => {
    const { organization } = await data(`query($id: ID!) { organization(id: $id) { ${HISTORY} } }`, { id: FARS });
    expect(organization.version).toBe(1);
    expect(organization.history.nodes).toHaveLength(1);
    const [created] = organization.history.nodes;
    expect(created).toMatchObject({ version: 1, operation: 'CREATE', actor: SEED_ACTOR });
    // fields by their API names
    expect(created.changes).toContainEqual({ field: 'name', before: null, after: json('سازمان همیاری شهرداری‌های استان فارس') });
    expect(created.changes).toContainEqual({ field: 'ceoName', before: null, after: json('علی سید نصیری') });
    expect(created.changes.map((c: any) => c.field)).not.toContain('searchText');
    expect(new Date(created.changedAt).toString()).not.toBe('Invalid Date');
  });

  it('updateOrganization: CREATE by the seed, then UPDATE by the editor with the fields before and after', async () => {
    const { updateOrganization } = await data(
      `mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { ceoName: "علی سیدنصیری", nameEn: "Fars Municipalities Cooperation Organization" }) { ceoName ${HISTORY} } }`,
      { id: FARS },
      await editorOf('IR-07'),
    );
    expect(updateOrganization.version).toBe(2);
    expect(updateOrganization.history.nodes.map((h: any) => [h.version, h.operation, h.actor.role])).toEqual([
      [1, 'CREATE', 'SEED'],
      [2, 'UPDATE', 'PROVINCE_EDITOR'],
    ]);
    const update = updateOrganization.history.nodes[1];
    expect(update.actor).toEqual(FARS_EDITOR);
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'ceoName', before: json('علی سید نصیری'), after: json('علی سیدنصیری') },
        {
          field: 'nameEn',
          before: json('Municipalities Cooperation Organization of Fars Province'),
          after: json('Fars Municipalities Cooperation Organization'),
        },
      ]),
    );
    expect(update.changes).toHaveLength(2);
    // one row in the table for the one change, written with it
    const rows = await sql(
      `SELECT version, operation, actor_subject FROM record_change WHERE record_type = 'Organization' AND record_id = $1 ORDER BY version`,
      [FARS],
    );
    expect(rows).toEqual([
      { version: 1, operation: 'CREATE', actor_subject: 'source-record' },
      { version: 2, operation: 'UPDATE', actor_subject: 'editor@IR-07' },
    ]);
  });

  it('an update that changes nothing writes nothing and keeps the version', async () => {
    const { updateOrganization } = await data(
      `mutation($id: ID!) { updateOrganization(id: $id, version: 2, input: { ceoName: "  علی سیدنصیری " }) { version history { nodes { version } } } }`,
      { id: FARS },
      await editorOf('IR-07'),
    );
    expect(updateOrganization).toEqual({ version: 2, history: { nodes: [{ version: 1 }, { version: 2 }] } });
  });

  it('clearing an optional field records its value before and null after', async () => {
    const { updateOrganization } = await data(
      `mutation($id: ID!) { updateOrganization(id: $id, version: 2, input: { ceoNameEn: null }) { ceoNameEn ${HISTORY} } }`,
      { id: FARS },
      await nationalAdmin(),
    );
    expect(updateOrganization.ceoNameEn).toBeNull();
    expect(updateOrganization.history.nodes.at(-1)).toMatchObject({
      version: 3,
      actor: ADMIN,
      changes: [{ field: 'ceoNameEn', before: json('Ali Seyyed Nasiri'), after: null }],
    });
  });

  it('recordOrganizationFigure appends a figure (the later achieved one is current) and records it on the organization', async () => {
    const { recordOrganizationFigure } = await data(
      `mutation($id: ID!) { recordOrganizationFigure(organizationId: $id, version: 3, input: {
          metric: SHAREHOLDER_MUNICIPALITIES, kind: ACTUAL, value: 86, asOfText: "اسفند ۱۴۰۴", asOf: { jalali: "۱۴۰۴-۱۲-۱۵" },
          source: { reportId: "news-003", excerpt: "test figure" } }) {
        shareholderMunicipalityCount
        figures { nodes { metric kind value asOf { iso jalali } source { reportId excerpt } } }
        ${HISTORY}
      } }`,
      { id: FARS },
      await editorOf('IR-07'),
    );
    expect(recordOrganizationFigure.shareholderMunicipalityCount).toBe(86);
    const shareholderFigures = recordOrganizationFigure.figures.nodes.filter((f: any) => f.metric === 'SHAREHOLDER_MUNICIPALITIES');
    // the reported 84 is kept: figures are appended, never overwritten
    expect(shareholderFigures.map((f: any) => f.value)).toEqual([84, 86]);
    expect(shareholderFigures[1]).toMatchObject({
      asOf: { iso: '2026-03-06', jalali: '1404-12-15' },
      source: { reportId: 'news-003', excerpt: 'test figure' },
    });
    const last = recordOrganizationFigure.history.nodes.at(-1);
    expect(last).toMatchObject({ version: 4, operation: 'UPDATE', actor: FARS_EDITOR });
    expect(last.changes[0].field).toBe('figures');
    expect(last.changes[0].before).toBeNull();
    expect(JSON.parse(last.changes[0].after)).toMatchObject({
      metric: 'SHAREHOLDER_MUNICIPALITIES',
      kind: 'ACTUAL',
      value: 86,
      asOf: '2026-03-06',
      reportId: 'news-003',
    });
  });

  it('setShareholding records the stake before and after on the organization', async () => {
    const { setShareholding } = await data(
      `mutation($id: ID!, $m: ID!) { setShareholding(organizationId: $id, version: 4, municipalityId: $m, percent: "25", isAmongLargest: true) { ${HISTORY} } }`,
      { id: FARS, m: SHIRAZ },
      await editorOf('IR-07'),
    );
    const last = setShareholding.history.nodes.at(-1);
    expect(last).toMatchObject({ version: 5, operation: 'UPDATE' });
    expect(last.changes).toHaveLength(1);
    expect(last.changes[0].field).toBe('shareholdings');
    // JSON objects, compared as values (jsonb keeps its own key order)
    expect(JSON.parse(last.changes[0].before)).toEqual({
      municipalityId: SHIRAZ,
      municipality: 'شیراز',
      percent: '20.00',
      isAmongLargest: true,
    });
    expect(JSON.parse(last.changes[0].after)).toEqual({
      municipalityId: SHIRAZ,
      municipality: 'شیراز',
      percent: '25.00',
      isAmongLargest: true,
    });
  });

  it('a municipality: CREATE by the seed, then UPDATE by an admin', async () => {
    const { updateMunicipality } = await data(
      `mutation($id: ID!) { updateMunicipality(id: $id, version: 1, input: { nameEn: "Shiraz City" }) { nameEn ${HISTORY} } }`,
      { id: SHIRAZ },
      await nationalAdmin(),
    );
    expect(updateMunicipality.nameEn).toBe('Shiraz City');
    expect(updateMunicipality.history.nodes.map((h: any) => [h.version, h.operation, h.actor])).toEqual([
      [1, 'CREATE', SEED_ACTOR],
      [2, 'UPDATE', ADMIN],
    ]);
    expect(updateMunicipality.history.nodes[1].changes).toEqual([{ field: 'nameEn', before: json('Shiraz'), after: json('Shiraz City') }]);
    expect(updateMunicipality.history.nodes[0].changes).toContainEqual({ field: 'province', before: null, after: json('IR-07') });
  });

  it('a subsidiary company: CREATE by the seed, then UPDATE by the editor', async () => {
    const { updateSubsidiary } = await data(
      `mutation($id: ID!) { updateSubsidiary(id: $id, version: 1, input: { activityFa: "فناوری اطلاعات", locationFa: "ساری" }) { ${HISTORY} } }`,
      { id: HAMYAR_GOSTAR },
      await editorOf('IR-02'),
    );
    expect(updateSubsidiary.version).toBe(2);
    expect(updateSubsidiary.history.nodes.map((h: any) => [h.operation, h.actor.role])).toEqual([
      ['CREATE', 'SEED'],
      ['UPDATE', 'PROVINCE_EDITOR'],
    ]);
    expect(updateSubsidiary.history.nodes[1].changes).toEqual(
      expect.arrayContaining([
        {
          field: 'activityFa',
          before: json('ورود سازمان به پروژه های عمرانی، خدماتی و سرمایه گذاری های مشارکتی'),
          after: json('فناوری اطلاعات'),
        },
        { field: 'locationFa', before: null, after: json('ساری') },
      ]),
    );
  });

  it('createSubsidiary: the company starts at version 1, cites its report, and the organization’s version moves on', async () => {
    const { createSubsidiary } = await data(
      `mutation($id: ID!) { createSubsidiary(organizationId: $id, version: 5, input: {
          nameFa: "همیار فناوری", nameEn: "Hamyar Fanavari", source: { reportId: "news-003", excerpt: "test company" } }) {
        nameFa sources { reportId excerpt } organization { version history { nodes { changes { field after } } } } ${HISTORY}
      } }`,
      { id: FARS },
      await editorOf('IR-07'),
    );
    expect(createSubsidiary.version).toBe(1);
    expect(createSubsidiary.history.nodes).toHaveLength(1);
    expect(createSubsidiary.history.nodes[0]).toMatchObject({ version: 1, operation: 'CREATE', actor: FARS_EDITOR });
    expect(createSubsidiary.history.nodes[0].changes).toContainEqual({ field: 'organization', before: null, after: json(FARS) });
    expect(createSubsidiary.sources).toEqual([{ reportId: 'news-003', excerpt: 'test company' }]);
    expect(createSubsidiary.organization.version).toBe(6);
    expect(createSubsidiary.organization.history.nodes.at(-1).changes[0].field).toBe('subsidiaries');
  });

  it('createMunicipality: version 1, created by the editor, citing its report', async () => {
    const { createMunicipality } = await data(
      `mutation { createMunicipality(input: { provinceCode: "IR-07", nameFa: "مرودشت", nameEn: "Marvdasht", isMetropolis: false, source: { reportId: "reference" } }) {
        isProvincialCapital isMetropolis sources { reportId } ${HISTORY} } }`,
      {},
      await editorOf('IR-07'),
    );
    expect(createMunicipality).toMatchObject({
      version: 1,
      isProvincialCapital: false,
      isMetropolis: false,
      sources: [{ reportId: 'reference' }],
    });
    expect(createMunicipality.history.nodes).toHaveLength(1);
    expect(createMunicipality.history.nodes[0]).toMatchObject({ operation: 'CREATE', actor: FARS_EDITOR });
    expect(createMunicipality.history.nodes[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'nameFa', before: null, after: json('مرودشت') },
        { field: 'isProvincialCapital', before: null, after: 'false' },
      ]),
    );
  });

  it('history is read for many records in one statement', async () => {
    const query = (n: number) =>
      federation.query(`query($n: Int) { municipalities(first: $n) { nodes { history { nodes { version } } } } }`, { n });
    const few = (await federation.countStatements(() => query(2))).organizations;
    const many = (await federation.countStatements(() => query(30))).organizations;
    expect(many).toBe(few);
  });
});
