import { seedIds, stableId, subgraphSdl, type RunningSubgraph } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import {
  editorOf,
  nationalAdmin,
  startFederation,
  startTestSubgraph,
  stopSubgraphs,
  testDatabase,
  type Federation,
} from './support/federation';
import { tableFingerprints } from './support/table-fingerprints';

/**
 * Every mutation of the three core subgraphs and of Fars's subgraph, through the gateway, from each seat of
 * /work/shared/TRUST.md: the public, another province's editor, the owning province's editor, a national
 * admin; joint agreements add the seats of a party that did not register the agreement and of a province
 * that is no party. Each refusal must leave every table of the subgraph exactly as it was; each success
 * must change it.
 */
type Caller = 'public' | 'other' | 'own' | 'admin' | 'party' | 'outsider';
type Expected = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
type Subgraph = 'organizations' | 'projects' | 'agreements' | 'fars-smart-city';

interface Row {
  readonly subgraph: Subgraph;
  readonly mutation: string;
  /** What the row is about, when one mutation has several rows. */
  readonly about?: string;
  readonly query: string;
  readonly variables: (caller: Caller) => Promise<Record<string, unknown>>;
  /** Callers and what each must get; the tokens follow from `provinces`. */
  readonly expected: Partial<Record<Caller, Expected>>;
  readonly provinces: { own: string; other: string; party?: string; outsider?: string };
}

let federation: Federation;
let fars: RunningSubgraph;
const STANDARD: Partial<Record<Caller, Expected>> = { public: 'UNAUTHENTICATED', other: 'FORBIDDEN', own: 'OK', admin: 'OK' };
const MAZANDARAN = { own: 'IR-02', other: 'IR-07' };

const database = (subgraph: Subgraph): DataSource =>
  (subgraph === 'fars-smart-city' ? fars : federation.subgraphs[subgraph]).database.dataSource;

/** Every row of every table of the subgraph, hashed: equal fingerprints, nothing changed. */
const fingerprint = (subgraph: Subgraph) => tableFingerprints(database(subgraph));

const versionOf = async (subgraph: Subgraph, table: string, id: string): Promise<number> =>
  (await database(subgraph).query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;
const pick = <T>(caller: Caller, own: T, admin: T): T => (caller === 'admin' ? admin : own);

const MAZANDARAN_ORG = seedIds.organization('IR-02');
const SARI = seedIds.municipality('IR-02', 'Sari');
const HAMYAR_GOSTAR = stableId('subsidiary', 'IR-02/Hamyar Gostar');
const SOLAR = seedIds.project('mazandaran/solar-power-plants');
const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const SOLAR_MOU = seedIds.agreement('mazandaran/joint-solar-mou');
/** Razavi Khorasan registered it; Fars is the other party. */
const SUMMIT_FARS = seedIds.agreement('mashhad-rank-one-summit/IR-07');
const SUMMIT_JOINT = { own: 'IR-09', other: 'IR-02', party: 'IR-07' };

const organizationVersion = () => versionOf('organizations', 'organization', MAZANDARAN_ORG);
const agreementVersion = (id: string) => versionOf('agreements', 'agreement', id);
let farsInitiative: string;

const ROWS: Row[] = [
  // organizations: Mazandaran's records
  {
    subgraph: 'organizations',
    mutation: 'updateOrganization',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $ceo: String) { updateOrganization(id: $id, version: $v, input: { ceoName: $ceo }) { version } }`,
    variables: async (c) => ({ id: MAZANDARAN_ORG, v: await organizationVersion(), ceo: `مدیر ${c}` }),
  },
  {
    subgraph: 'organizations',
    mutation: 'recordOrganizationFigure',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $value: Int!) { recordOrganizationFigure(organizationId: $id, version: $v, input: { metric: SHAREHOLDER_MUNICIPALITIES, kind: ACTUAL, value: $value, source: { reportId: "news-002" } }) { version } }`,
    variables: async (c) => ({ id: MAZANDARAN_ORG, v: await organizationVersion(), value: pick(c, 60, 61) }),
  },
  {
    subgraph: 'organizations',
    mutation: 'setShareholding',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $m: ID!, $p: String) { setShareholding(organizationId: $id, version: $v, municipalityId: $m, percent: $p) { version } }`,
    variables: async (c) => ({ id: MAZANDARAN_ORG, v: await organizationVersion(), m: SARI, p: pick(c, '10', '12') }),
  },
  {
    subgraph: 'organizations',
    mutation: 'removeShareholding',
    provinces: { ...MAZANDARAN },
    expected: { public: 'UNAUTHENTICATED', other: 'FORBIDDEN', own: 'OK' },
    query: `mutation($id: ID!, $v: Int!, $m: ID!) { removeShareholding(organizationId: $id, version: $v, municipalityId: $m) { version } }`,
    variables: async () => ({ id: MAZANDARAN_ORG, v: await organizationVersion(), m: SARI }),
  },
  {
    subgraph: 'organizations',
    mutation: 'createMunicipality',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($fa: String!, $en: String!) { createMunicipality(input: { provinceCode: "IR-02", nameFa: $fa, nameEn: $en }) { id } }`,
    variables: async (c) => ({ fa: pick(c, 'بابل', 'آمل'), en: pick(c, 'Babol', 'Amol') }),
  },
  {
    subgraph: 'organizations',
    mutation: 'updateMunicipality',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $en: String) { updateMunicipality(id: $id, version: $v, input: { nameEn: $en }) { version } }`,
    variables: async (c) => ({ id: SARI, v: await versionOf('organizations', 'municipality', SARI), en: pick(c, 'Sari city', 'Sari') }),
  },
  {
    subgraph: 'organizations',
    mutation: 'createSubsidiary',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $fa: String!, $en: String!) { createSubsidiary(organizationId: $id, version: $v, input: { nameFa: $fa, nameEn: $en }) { id } }`,
    variables: async (c) => ({
      id: MAZANDARAN_ORG,
      v: await organizationVersion(),
      fa: pick(c, 'همیار نو', 'همیار سبز'),
      en: pick(c, 'Hamyar No', 'Hamyar Sabz'),
    }),
  },
  {
    subgraph: 'organizations',
    mutation: 'updateSubsidiary',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $loc: String) { updateSubsidiary(id: $id, version: $v, input: { locationFa: $loc }) { version } }`,
    variables: async (c) => ({
      id: HAMYAR_GOSTAR,
      v: await versionOf('organizations', 'subsidiary_company', HAMYAR_GOSTAR),
      loc: pick(c, 'ساری', 'بابل'),
    }),
  },

  // projects: Mazandaran's solar plants
  {
    subgraph: 'projects',
    mutation: 'createProject',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($org: ID!, $title: String!) { createProject(input: { organizationId: $org, title: $title, sector: OTHER }) { id } }`,
    variables: async (c) => ({ org: MAZANDARAN_ORG, title: `طرح ${c}` }),
  },
  {
    subgraph: 'projects',
    mutation: 'updateProject',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $en: String) { updateProject(id: $id, version: $v, input: { titleEn: $en }) { version } }`,
    variables: async (c) => ({ id: SOLAR, v: await versionOf('projects', 'investment_project', SOLAR), en: `Solar plants (${c})` }),
  },
  {
    subgraph: 'projects',
    mutation: 'recordProjectMilestone',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $title: String!) { recordProjectMilestone(projectId: $id, version: $v, input: { title: $title }) { version } }`,
    variables: async (c) => ({ id: SOLAR, v: await versionOf('projects', 'investment_project', SOLAR), title: `مرحلهٔ ${c}` }),
  },
  {
    subgraph: 'projects',
    mutation: 'recordProjectProgress',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $p: Float!, $on: String) { recordProjectProgress(projectId: $id, version: $v, input: { percentComplete: $p, reportedOn: { jalali: $on } }) { version } }`,
    variables: async (c) => ({
      id: SOLAR,
      v: await versionOf('projects', 'investment_project', SOLAR),
      p: pick(c, 20, 40),
      on: pick(c, '1404-10-15', '1404-10-20'),
    }),
  },
  {
    subgraph: 'projects',
    mutation: 'changeProjectStatus',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $s: ProjectStatus!) { changeProjectStatus(id: $id, version: $v, status: $s) { version } }`,
    variables: async (c) => ({
      id: SOLAR,
      v: await versionOf('projects', 'investment_project', SOLAR),
      s: pick(c, 'IN_PROGRESS', 'SUSPENDED'),
    }),
  },

  // agreements: Mazandaran's own, then a joint one Razavi Khorasan registered with Fars
  {
    subgraph: 'agreements',
    mutation: 'createAgreement',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($title: String!, $a: ID!, $b: ID!) { createAgreement(input: { titleFa: $title, parties: [{ organizationId: $a }, { organizationId: $b }] }) { id } }`,
    variables: async (c) => ({ title: `تفاهم‌نامهٔ ${c}`, a: MAZANDARAN_ORG, b: seedIds.organization('IR-09') }),
  },
  {
    subgraph: 'agreements',
    mutation: 'updateAgreement',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $en: String) { updateAgreement(id: $id, version: $v, input: { titleEn: $en }) { version } }`,
    variables: async (c) => ({ id: MOU_4134, v: await agreementVersion(MOU_4134), en: `MoU 4134 (${c})` }),
  },
  {
    subgraph: 'agreements',
    mutation: 'addAgreementParty',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $name: String!) { addAgreementParty(agreementId: $id, version: $v, party: { name: $name, provinceCode: "IR-02" }) { version } }`,
    variables: async (c) => ({ id: MOU_4134, v: await agreementVersion(MOU_4134), name: pick(c, 'شهرداری ساری', 'شهرداری بابل') }),
  },
  {
    subgraph: 'agreements',
    mutation: 'linkAgreementProject',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $p: ID!) { linkAgreementProject(agreementId: $id, version: $v, projectId: $p) { version } }`,
    variables: async (c) => ({
      id: MOU_4134,
      v: await agreementVersion(MOU_4134),
      p: pick(c, SOLAR, seedIds.project('fars/smart-parking-and-markets')),
    }),
  },
  {
    subgraph: 'agreements',
    mutation: 'amendAgreement',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $s: String!) { amendAgreement(agreementId: $id, version: $v, input: { amendedOn: { jalali: "1404-11-01" }, summary: $s }) { version } }`,
    variables: async (c) => ({ id: MOU_4134, v: await agreementVersion(MOU_4134), s: `اصلاحیهٔ ${c}` }),
  },
  {
    subgraph: 'agreements',
    mutation: 'terminateAgreement',
    provinces: MAZANDARAN,
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!) { terminateAgreement(agreementId: $id, version: $v, terminatedOn: { jalali: "1404-12-01" }, reason: "replaced") { version } }`,
    // the admin ends another agreement: the first is terminated by then
    variables: async (c) => {
      const id = pick(c, MOU_4134, seedIds.agreement('mashhad-rank-one-summit/IR-01'));
      return { id, v: await agreementVersion(id) };
    },
  },
  {
    subgraph: 'agreements',
    mutation: 'updateAgreement',
    about: 'a joint agreement: only its registering province',
    provinces: SUMMIT_JOINT,
    expected: { public: 'UNAUTHENTICATED', outsider: 'FORBIDDEN', party: 'FORBIDDEN', own: 'OK', admin: 'OK' },
    query: `mutation($id: ID!, $v: Int!, $en: String) { updateAgreement(id: $id, version: $v, input: { titleEn: $en }) { version } }`,
    variables: async (c) => ({ id: SUMMIT_FARS, v: await agreementVersion(SUMMIT_FARS), en: `Summit MoU (${c})` }),
  },
  {
    subgraph: 'agreements',
    mutation: 'amendAgreement',
    about: 'a joint agreement: only its registering province',
    provinces: SUMMIT_JOINT,
    expected: { party: 'FORBIDDEN', own: 'OK' },
    query: `mutation($id: ID!, $v: Int!) { amendAgreement(agreementId: $id, version: $v, input: { amendedOn: { jalali: "1404-11-01" }, summary: "areas widened" }) { version } }`,
    variables: async () => ({ id: SUMMIT_FARS, v: await agreementVersion(SUMMIT_FARS) }),
  },
  {
    subgraph: 'agreements',
    mutation: 'terminateAgreement',
    about: 'a joint agreement: a party that did not register it may not end it',
    provinces: SUMMIT_JOINT,
    expected: { party: 'FORBIDDEN', outsider: 'FORBIDDEN' },
    query: `mutation($id: ID!, $v: Int!) { terminateAgreement(agreementId: $id, version: $v, terminatedOn: { jalali: "1404-12-01" }, reason: "x") { version } }`,
    variables: async () => ({ id: SUMMIT_FARS, v: await agreementVersion(SUMMIT_FARS) }),
  },
  {
    subgraph: 'agreements',
    mutation: 'addAgreementParty',
    about: "a joint agreement: each side adds only its own province's bodies",
    provinces: SUMMIT_JOINT,
    expected: { public: 'UNAUTHENTICATED', party: 'OK', outsider: 'FORBIDDEN', own: 'FORBIDDEN', admin: 'OK' },
    query: `mutation($id: ID!, $v: Int!, $name: String!) { addAgreementParty(agreementId: $id, version: $v, party: { name: $name, provinceCode: "IR-07" }) { version } }`,
    variables: async (c) => ({ id: SUMMIT_FARS, v: await agreementVersion(SUMMIT_FARS), name: pick(c, 'شهرداری شیراز', 'شهرداری مرودشت') }),
  },
  {
    subgraph: 'agreements',
    mutation: 'addAgreementParty',
    about: 'a province that is no side joins only through a national admin',
    provinces: { own: 'IR-02', other: 'IR-07', outsider: 'IR-07' },
    expected: { outsider: 'FORBIDDEN', admin: 'OK' },
    query: `mutation($id: ID!, $v: Int!, $org: ID!) { addAgreementParty(agreementId: $id, version: $v, party: { organizationId: $org }) { version } }`,
    variables: async () => ({ id: SOLAR_MOU, v: await agreementVersion(SOLAR_MOU), org: seedIds.organization('IR-07') }),
  },
  {
    subgraph: 'agreements',
    mutation: 'linkAgreementProject',
    about: 'a joint agreement: any side links',
    provinces: SUMMIT_JOINT,
    expected: { outsider: 'FORBIDDEN', party: 'OK' },
    query: `mutation($id: ID!, $v: Int!, $p: ID!) { linkAgreementProject(agreementId: $id, version: $v, projectId: $p) { version } }`,
    variables: async () => ({
      id: SUMMIT_FARS,
      v: await agreementVersion(SUMMIT_FARS),
      p: seedIds.project('fars/smart-parking-and-markets'),
    }),
  },

  // Fars's own subgraph, served through the registry
  {
    subgraph: 'fars-smart-city',
    mutation: 'farsChangeSmartCityInitiativeStatus',
    provinces: { own: 'IR-07', other: 'IR-02' },
    expected: STANDARD,
    query: `mutation($id: ID!, $v: Int!, $s: FarsSmartCityStatus!) { farsChangeSmartCityInitiativeStatus(id: $id, version: $v, status: $s) { version } }`,
    variables: async (c) => ({
      id: farsInitiative,
      v: await versionOf('fars-smart-city', 'smart_city_initiative', farsInitiative),
      s: pick(c, 'IN_PROGRESS', 'DONE'),
    }),
  },
];

async function tokenFor(row: Row, caller: Caller): Promise<string | undefined> {
  if (caller === 'public') return undefined;
  if (caller === 'admin') return nationalAdmin();
  const province =
    caller === 'party'
      ? row.provinces.party
      : caller === 'outsider'
        ? (row.provinces.outsider ?? row.provinces.other)
        : row.provinces[caller];
  return editorOf(province!);
}

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
  fars = await startTestSubgraph(farsSmartCitySubgraph, testDatabase('fars_smart_city'), federation.gatewayAddress);
  const published = await fetch(federation.gatewayUrl.replace('/graphql', '/registry/subgraphs/fars-smart-city/publish'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await editorOf('IR-07')}` },
    body: JSON.stringify({ sdl: subgraphSdl(farsSmartCitySubgraph.schemaFile), url: fars.url }),
  });
  const { supergraphVersion } = await published.json();
  for (const deadline = Date.now() + 30_000; (federation.gateway.servedSupergraphVersion() ?? 0) < supergraphVersion;) {
    if (Date.now() > deadline) throw new Error('the gateway did not serve Fars');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  [{ id: farsInitiative }] = await fars.database.dataSource.query(
    `SELECT id FROM smart_city_initiative WHERE status = 'PLANNED' ORDER BY id LIMIT 1`,
  );
}, 180_000);
afterAll(async () => {
  await federation?.stop();
  if (fars) await stopSubgraphs([fars]);
});

const CALLER_ORDER: Caller[] = ['public', 'outsider', 'other', 'party', 'own', 'admin'];

describe.each(ROWS.map((row) => [`${row.subgraph} ${row.mutation}${row.about ? ` (${row.about})` : ''}`, row] as const))('%s', (_, row) => {
  const cases = CALLER_ORDER.filter((caller) => row.expected[caller] !== undefined).map(
    (caller) => [caller, row.expected[caller]!] as const,
  );
  it.each(cases)('%s: %s', async (caller, expected) => {
    const before = await fingerprint(row.subgraph);
    const { status, body } = await federation.query(row.query, await row.variables(caller), { token: await tokenFor(row, caller) });
    expect(status).toBe(200);
    if (expected === 'OK') {
      expect(body.errors).toBeUndefined();
      expect(body.data[row.mutation]).not.toBeNull();
      expect(await fingerprint(row.subgraph)).not.toEqual(before);
    } else {
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
      expect(body.errors![0].message).not.toMatch(/ at |\.ts:|http:\/\//);
      expect(await fingerprint(row.subgraph)).toEqual(before);
    }
  });
});
