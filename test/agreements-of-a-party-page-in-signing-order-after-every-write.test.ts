import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

/**
 * The agreements of a province or an organization are paged from their parties' rows, which hold a copy of
 * each agreement's newest-first key (agreement_signed_order, kept by triggers). Those pages must list what
 * the agreement list filtered to the same parent lists, in the same order, page after page, before and after
 * an agreement is created or its signing day changes, and whatever is written to the copy directly.
 */
let federation: Federation;
let admin: string;
beforeAll(async () => {
  federation = await startFederation({ limits: { cost: 1_000_000 } });
  admin = await nationalAdmin();
});
afterAll(() => federation?.stop());

const MAZANDARAN = seedIds.organization('IR-02');
const RAZAVI = seedIds.organization('IR-09');
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, version: $version, input: $input) { version } }`;

async function data(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { body } = await federation.query(query, variables, token ? { token } : {});
  expect(body.errors).toBeUndefined();
  return body.data;
}

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

/** Every province's and organization's agreements, from the parent and from the filtered agreement list. */
async function expectPagesMatchTheFilteredList() {
  const nested = await data(`{
    provinces(first: 31) { nodes { code agreements(first: 100) { nodes { id } } organization { id agreements(first: 100) { nodes { id } } } } }
  }`);
  let listed = 0;
  for (const province of nested.provinces.nodes) {
    const filtered = await data(
      `query($p: [ID!], $o: [ID!]) {
      byProvince: agreements(first: 100, filter: { provinceCodes: $p }) { nodes { id } }
      byOrganization: agreements(first: 100, filter: { partyOrganizationIds: $o }) { nodes { id } }
    }`,
      { p: [province.code], o: [province.organization.id] },
    );
    expect(ids(province.agreements)).toEqual(ids(filtered.byProvince));
    expect(ids(province.organization.agreements)).toEqual(ids(filtered.byOrganization));
    listed += province.agreements.nodes.length;
  }
  expect(listed).toBeGreaterThan(0);
}

/** A province's agreements two at a time, following endCursor. */
async function pagedTwoAtATime(code: string) {
  const all: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { province: { agreements: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
      await data(
        `query($code: ID!, $after: String) { province(code: $code) { agreements(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`,
        { code, after },
      );
    all.push(...ids(page.province.agreements));
    if (!page.province.agreements.pageInfo.hasNextPage) return all;
    after = page.province.agreements.pageInfo.endCursor;
  }
}

describe('agreements of a province or an organization, paged from their parties', () => {
  it('list what the filtered agreement list lists, in its order, page after page', async () => {
    await expectPagesMatchTheFilteredList();
    const { byProvince } = await data(`{ byProvince: agreements(first: 100, filter: { provinceCodes: ["IR-02"] }) { nodes { id } } }`);
    expect(await pagedTwoAtATime('IR-02')).toEqual(ids(byProvince));
  });

  it('follow a new agreement (two parties in one province listed once) and a changed signing day', async () => {
    const { createAgreement } = await data(
      CREATE,
      {
        input: {
          titleFa: 'تفاهم‌نامهٔ آزمایشی ترتیب',
          signedOn: { iso: '2000-01-01' },
          parties: [{ organizationId: MAZANDARAN }, { name: 'اداره کل آزمایش', provinceCode: 'IR-02' }, { organizationId: RAZAVI }],
        },
      },
      admin,
    );
    const mazandaran = async () =>
      ids((await data(`{ province(code: "IR-02") { agreements(first: 100) { nodes { id } } } }`)).province.agreements);
    const before = await mazandaran();
    expect(before.filter((id) => id === createAgreement.id)).toHaveLength(1);
    await expectPagesMatchTheFilteredList();

    await data(UPDATE, { id: createAgreement.id, version: createAgreement.version, input: { signedOn: { iso: '2099-01-01' } } }, admin);
    const after = await mazandaran();
    expect(after[0]).toBe(createAgreement.id);
    expect(after.indexOf(createAgreement.id)).toBeLessThan(before.indexOf(createAgreement.id));
    expect(await pagedTwoAtATime('IR-02')).toEqual(after);
    await expectPagesMatchTheFilteredList();
  });

  it('keep the copy equal to the agreement whatever is written to it', async () => {
    const db = federation.subgraphs.agreements.database.dataSource;
    await db.query(`UPDATE agreement_party SET agreement_signed_order = DATE '1900-01-01'`);
    const [{ differing }] = await db.query(
      `SELECT count(*)::int AS differing FROM agreement_party l JOIN agreement a ON a.id = l.agreement_id
       WHERE l.agreement_signed_order IS DISTINCT FROM a.signed_order`,
    );
    expect(differing).toBe(0);
    await expectPagesMatchTheFilteredList();
  });
});
