import { seedIds, stableId } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';
import { tableFingerprints } from './support/table-fingerprints';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

// Every table of the subgraph, as the authorization matrix checks: a refusal changes none of them.
const fingerprint = () => tableFingerprints(federation.subgraphs.organizations.database.dataSource);

const FARS = seedIds.organization('IR-07');
const MEYMAND = seedIds.municipality('IR-07', 'Meymand');
const HAMYAR_GOSTAR = stableId('subsidiary', 'IR-02/Hamyar Gostar');
const ARABIC_YEH = '\u064A';

const UPDATE_ORGANIZATION = `mutation($id: ID!, $v: Int! = 1, $input: OrganizationUpdateInput!) { updateOrganization(id: $id, version: $v, input: $input) { version } }`;
const RECORD_FIGURE = `mutation($id: ID!, $input: OrganizationFigureInput!) { recordOrganizationFigure(organizationId: $id, version: 1, input: $input) { version } }`;
const CREATE_MUNICIPALITY = `mutation($input: MunicipalityCreateInput!) { createMunicipality(input: $input) { id } }`;
const UPDATE_MUNICIPALITY = `mutation($id: ID!, $input: MunicipalityUpdateInput!) { updateMunicipality(id: $id, version: 1, input: $input) { version } }`;
const CREATE_SUBSIDIARY = `mutation($id: ID!, $input: SubsidiaryCompanyCreateInput!) { createSubsidiary(organizationId: $id, version: 1, input: $input) { id } }`;
const UPDATE_SUBSIDIARY = `mutation($id: ID!, $input: SubsidiaryCompanyUpdateInput!) { updateSubsidiary(id: $id, version: 1, input: $input) { version } }`;

const figure = (overrides: Record<string, unknown>) => ({
  metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
  kind: 'ACTUAL',
  value: 1500,
  source: { reportId: 'news-003' },
  ...overrides,
});

/**
 * Each rule, broken on a Fars record by a Fars editor (so only the rule can refuse it); a record of another
 * province names that province, whose editor then breaks the rule.
 */
const BROKEN_RULES: [string, string, Record<string, unknown>, string, string, string?][] = [
  ['an organization’s name emptied', UPDATE_ORGANIZATION, { id: FARS, input: { name: '   ' } }, 'BAD_USER_INPUT', 'input.name'],
  ['an organization’s English name cleared', UPDATE_ORGANIZATION, { id: FARS, input: { nameEn: null } }, 'BAD_USER_INPUT', 'input.nameEn'],
  ['a name too long', UPDATE_ORGANIZATION, { id: FARS, input: { name: 'س'.repeat(501) } }, 'BAD_USER_INPUT', 'input.name'],
  [
    'an organization that does not exist',
    UPDATE_ORGANIZATION,
    { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } },
    'NOT_FOUND',
    'id',
  ],
  ['a malformed id', UPDATE_ORGANIZATION, { id: 'fars', input: { name: 'x' } }, 'BAD_USER_INPUT', 'id'],
  ['a negative figure', RECORD_FIGURE, { id: FARS, input: figure({ value: -1 }) }, 'BAD_USER_INPUT', 'input.value'],
  [
    'a day not in the Jalali calendar (Esfand 1404 has 29 days)',
    RECORD_FIGURE,
    { id: FARS, input: figure({ asOf: { jalali: '1404-12-30' } }) },
    'BAD_USER_INPUT',
    'input.asOf.jalali',
  ],
  [
    'a Jalali date of the wrong shape',
    RECORD_FIGURE,
    { id: FARS, input: figure({ asOf: { jalali: '15 Dey 1404' } }) },
    'BAD_USER_INPUT',
    'input.asOf.jalali',
  ],
  [
    'a day in both calendars',
    RECORD_FIGURE,
    { id: FARS, input: figure({ asOf: { iso: '2026-01-05', jalali: '1404-10-15' } }) },
    'BAD_USER_INPUT',
    'input.asOf',
  ],
  [
    'a Gregorian day that does not exist',
    RECORD_FIGURE,
    { id: FARS, input: figure({ asOf: { iso: '2026-02-30' } }) },
    'BAD_USER_INPUT',
    'input.asOf.iso',
  ],
  [
    'a report outside the source record',
    RECORD_FIGURE,
    { id: FARS, input: figure({ source: { reportId: 'news-999' } }) },
    'BAD_USER_INPUT',
    'input.source.reportId',
  ],
  [
    'a malformed province code',
    CREATE_MUNICIPALITY,
    { input: { provinceCode: 'Fars', nameFa: 'لار', nameEn: 'Lar' } },
    'BAD_USER_INPUT',
    'input.provinceCode',
  ],
  [
    'a municipality without a Persian name',
    CREATE_MUNICIPALITY,
    { input: { provinceCode: 'IR-07', nameFa: '', nameEn: 'Lar' } },
    'BAD_USER_INPUT',
    'input.nameFa',
  ],
  [
    'a municipality without an English name',
    CREATE_MUNICIPALITY,
    { input: { provinceCode: 'IR-07', nameFa: 'لار', nameEn: ' ' } },
    'BAD_USER_INPUT',
    'input.nameEn',
  ],
  [
    'a second municipality named میمند, typed with an Arabic yeh',
    CREATE_MUNICIPALITY,
    { input: { provinceCode: 'IR-07', nameFa: `م${ARABIC_YEH}مند`, nameEn: 'Meymand 2' } },
    'BAD_USER_INPUT',
    'input.nameFa',
  ],
  [
    'a second capital for Fars',
    CREATE_MUNICIPALITY,
    { input: { provinceCode: 'IR-07', nameFa: 'لار', nameEn: 'Lar', isProvincialCapital: true } },
    'BAD_USER_INPUT',
    'input.isProvincialCapital',
  ],
  [
    'a municipality made a capital where the province has one',
    UPDATE_MUNICIPALITY,
    { id: MEYMAND, input: { isProvincialCapital: true } },
    'BAD_USER_INPUT',
    'input.isProvincialCapital',
  ],
  [
    'a municipality renamed to another’s name',
    UPDATE_MUNICIPALITY,
    { id: MEYMAND, input: { nameFa: 'شیراز' } },
    'BAD_USER_INPUT',
    'input.nameFa',
  ],
  [
    'the capital flag made unknown',
    UPDATE_MUNICIPALITY,
    { id: MEYMAND, input: { isProvincialCapital: null } },
    'BAD_USER_INPUT',
    'input.isProvincialCapital',
  ],
  ['a company without a name', CREATE_SUBSIDIARY, { id: FARS, input: { nameFa: '', nameEn: 'X' } }, 'BAD_USER_INPUT', 'input.nameFa'],
  [
    'a company citing an unknown report',
    CREATE_SUBSIDIARY,
    { id: FARS, input: { nameFa: 'همیار', nameEn: 'Hamyar', source: { reportId: 'blog' } } },
    'BAD_USER_INPUT',
    'input.source.reportId',
  ],
  [
    'a company’s English name emptied',
    UPDATE_SUBSIDIARY,
    { id: HAMYAR_GOSTAR, input: { nameEn: '' } },
    'BAD_USER_INPUT',
    'input.nameEn',
    'IR-02',
  ],
];

describe('organizations: an edit that breaks a rule is refused, naming the field, and changes nothing', () => {
  it.each(BROKEN_RULES)('%s', async (_, query, variables, code, field, province = 'IR-07') => {
    const before = await fingerprint();
    const { status, body } = await federation.query(query, variables, { token: await editorOf(province) });
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code, field });
    expect(Object.values(body.data!)).toEqual([null]);
    expect(await fingerprint()).toEqual(before);
  });

  it('a refused field carries its Persian label', async () => {
    const { body } = await federation.query(UPDATE_ORGANIZATION, { id: FARS, input: { name: '' } }, { token: await editorOf('IR-07') });
    expect(body.errors![0].extensions).toMatchObject({ field: 'input.name', labelFa: 'نام سازمان' });
  });

  it('an edit based on an old version: CONFLICT naming both versions, and nothing changes', async () => {
    const ok = await federation.query(
      UPDATE_ORGANIZATION,
      { id: FARS, v: 1, input: { ceoNameEn: 'A. S. Nasiri' } },
      { token: await editorOf('IR-07') },
    );
    expect(ok.body.errors).toBeUndefined();
    const before = await fingerprint();
    const stale = await federation.query(
      UPDATE_ORGANIZATION,
      { id: FARS, v: 1, input: { ceoNameEn: 'Someone else' } },
      { token: await editorOf('IR-07') },
    );
    expect(stale.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    expect(stale.body.errors![0].message).toMatch(/Reload/);
    expect(await fingerprint()).toEqual(before);
  });

  it('the rules hold for a national admin too', async () => {
    const before = await fingerprint();
    const { body } = await federation.query(
      CREATE_MUNICIPALITY,
      { input: { provinceCode: 'IR-99', nameFa: 'لار', nameEn: 'Lar' } },
      { token: await nationalAdmin() },
    );
    expect(body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.provinceCode' });
    expect(await fingerprint()).toEqual(before);
  });
});
