import { seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const SUMMIT_FARS = seedIds.agreement('mashhad-rank-one-summit/IR-07');
const QOM_SOCIAL_SECURITY = seedIds.agreement('qom/municipalities-social-security-mou');

const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateAgreementInput!) {
  updateAgreement(id: $id, version: $version, input: $input) { id version title titleEn }
}`;
const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version title parties { province { code } } } }`;

/** The agreement's row as the agreements subgraph's own table holds it. */
async function row(id: string) {
  const [found] = await federation.subgraphs.agreements.database.dataSource.query(
    `SELECT title_en, version, (SELECT count(*)::int FROM record_change WHERE record_id = $1::text) AS changes FROM agreement WHERE id = $1::uuid`,
    [id],
  );
  return found;
}

async function agreementCount(): Promise<number> {
  const [{ n }] = await federation.subgraphs.agreements.database.dataSource.query(`SELECT count(*)::int AS n FROM agreement`);
  return n;
}

function twoOrganizations(a: string, b: string) {
  return {
    titleFa: `تفاهم‌نامه همکاری ${a} و ${b}`,
    parties: [{ organizationId: seedIds.organization(a) }, { organizationId: seedIds.organization(b) }],
  };
}

describe('who may change an agreement', () => {
  it('without a token: UNAUTHENTICATED, and nothing changes', async () => {
    const before = await row(MOU_4134);
    const { body } = await federation.query(UPDATE, { id: MOU_4134, version: 1, input: { titleEn: 'by nobody' } });
    expect(body.data?.updateAgreement ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await row(MOU_4134)).toEqual(before);
  });

  it("a Fars (IR-07) editor editing Mazandaran's MoU 4134: FORBIDDEN, and the row is unchanged", async () => {
    const before = await row(MOU_4134);
    expect(before.version).toBe(1);
    const { body } = await federation.query(
      UPDATE,
      { id: MOU_4134, version: 1, input: { titleEn: 'by Fars' } },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(body.errors![0].message).toContain('IR-07');
    expect(await row(MOU_4134)).toEqual(before);
    // with any version: a caller who may not edit it learns that, not whether its version is current
    const stale = await federation.query(
      UPDATE,
      { id: MOU_4134, version: 99, input: { titleEn: 'by Fars' } },
      { token: await editorOf('IR-07') },
    );
    expect(stale.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    for (const mutation of [
      `mutation($id: ID!) { addAgreementParty(agreementId: $id, version: 1, party: { name: "شهرداری شیراز", provinceCode: "IR-07" }) { version } }`,
      `mutation($id: ID!) { terminateAgreement(agreementId: $id, version: 1, terminatedOn: { jalali: "1404-11-01" }, reason: "x") { version } }`,
      `mutation($id: ID!) { amendAgreement(agreementId: $id, version: 1, input: { amendedOn: { jalali: "1404-11-01" }, summary: "x" }) { version } }`,
      `mutation($id: ID!) { linkAgreementProject(agreementId: $id, version: 1, projectId: "${seedIds.project('fars/smart-parking-and-markets')}") { version } }`,
    ]) {
      const other = await federation.query(mutation, { id: MOU_4134 }, { token: await editorOf('IR-07') });
      expect(other.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await row(MOU_4134)).toEqual(before);
  });

  it('a Mazandaran (IR-02) editor edits it: the new version, by that editor', async () => {
    const { body } = await federation.query(
      UPDATE,
      { id: MOU_4134, version: 1, input: { titleEn: 'MoU 4134 on high-rise building rules' } },
      { token: await editorOf('IR-02') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateAgreement).toEqual({
      id: MOU_4134,
      version: 2,
      title: 'تفاهم‌نامه ضوابط بلندمرتبه‌سازی',
      titleEn: 'MoU 4134 on high-rise building rules',
    });
    expect(await row(MOU_4134)).toEqual({ title_en: 'MoU 4134 on high-rise building rules', version: 2, changes: 2 });
  });

  it('a national admin edits any agreement', async () => {
    const { body } = await federation.query(
      UPDATE,
      { id: MOU_4134, version: 2, input: { titleEn: 'MoU no. 4134' } },
      { token: await nationalAdmin() },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateAgreement).toMatchObject({ version: 3, titleEn: 'MoU no. 4134' });
  });

  it("a joint agreement is changed by its registering province: Razavi Khorasan's summit MoU with Fars", async () => {
    const before = await row(SUMMIT_FARS);
    const fars = await federation.query(
      UPDATE,
      { id: SUMMIT_FARS, version: 1, input: { titleEn: 'by Fars' } },
      { token: await editorOf('IR-07') },
    );
    expect(fars.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(fars.body.errors![0].message).toContain('belongs to IR-09');
    for (const mutation of [
      `mutation($id: ID!) { terminateAgreement(agreementId: $id, version: 1, terminatedOn: { jalali: "1404-11-01" }, reason: "x") { version } }`,
      `mutation($id: ID!) { amendAgreement(agreementId: $id, version: 1, input: { amendedOn: { jalali: "1404-11-01" }, summary: "x" }) { version } }`,
      // another province's body is never Fars's to add, even to an agreement Fars is a side of
      `mutation($id: ID!) { addAgreementParty(agreementId: $id, version: 1, party: { name: "شهرداری مشهد", provinceCode: "IR-09" }) { version } }`,
    ]) {
      const refused = await federation.query(mutation, { id: SUMMIT_FARS }, { token: await editorOf('IR-07') });
      expect(refused.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await row(SUMMIT_FARS)).toEqual(before);

    const registering = await federation.query(
      UPDATE,
      { id: SUMMIT_FARS, version: 1, input: { titleEn: 'Summit MoUs of Razavi Khorasan and Fars' } },
      { token: await editorOf('IR-09') },
    );
    expect(registering.body.errors).toBeUndefined();
    expect(registering.body.data.updateAgreement.version).toBe(2);
    // Fars adds its own body: each side records its own part of a joint agreement
    const ownBody = await federation.query(
      `mutation($id: ID!) { addAgreementParty(agreementId: $id, version: 2, party: { name: "شهرداری شیراز", provinceCode: "IR-07" }) { version } }`,
      { id: SUMMIT_FARS },
      { token: await editorOf('IR-07') },
    );
    expect(ownBody.body.errors).toBeUndefined();
    expect(ownBody.body.data.addAgreementParty.version).toBe(3);
  });

  it('an agreement without a cooperation organization among its parties is a national admin’s to edit', async () => {
    const before = await row(QOM_SOCIAL_SECURITY);
    const editor = await federation.query(
      UPDATE,
      { id: QOM_SOCIAL_SECURITY, version: 1, input: { titleEn: 'x' } },
      { token: await editorOf('IR-25') },
    );
    expect(editor.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await row(QOM_SOCIAL_SECURITY)).toEqual(before);
    const admin = await federation.query(
      UPDATE,
      { id: QOM_SOCIAL_SECURITY, version: 1, input: { titleEn: 'MoU of the municipalities and the Social Security Organization' } },
      { token: await nationalAdmin() },
    );
    expect(admin.body.errors).toBeUndefined();
  });
});

describe('who may record an agreement', () => {
  it('without a token: UNAUTHENTICATED, nothing recorded', async () => {
    const count = await agreementCount();
    const { body } = await federation.query(CREATE, { input: twoOrganizations('IR-07', 'IR-09') });
    expect(body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await agreementCount()).toBe(count);
  });

  it('an editor, only with an organization of its own province among the parties', async () => {
    const count = await agreementCount();
    const forbidden = await federation.query(CREATE, { input: twoOrganizations('IR-02', 'IR-09') }, { token: await editorOf('IR-07') });
    expect(forbidden.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await agreementCount()).toBe(count);

    // a body of the editor's province is not enough: the organization of the province must be a party
    const bodyOnly = await federation.query(
      CREATE,
      {
        input: {
          titleFa: 'تفاهم‌نامه',
          parties: [{ organizationId: seedIds.organization('IR-02') }, { name: 'شهرداری شیراز', provinceCode: 'IR-07' }],
        },
      },
      { token: await editorOf('IR-07') },
    );
    expect(bodyOnly.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await agreementCount()).toBe(count);

    const allowed = await federation.query(CREATE, { input: twoOrganizations('IR-07', 'IR-09') }, { token: await editorOf('IR-07') });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data.createAgreement).toMatchObject({
      version: 1,
      parties: [{ province: { code: 'IR-07' } }, { province: { code: 'IR-09' } }],
    });
    expect(await agreementCount()).toBe(count + 1);
  });

  it('a national admin records any', async () => {
    const { body } = await federation.query(CREATE, { input: twoOrganizations('IR-02', 'IR-09') }, { token: await nationalAdmin() });
    expect(body.errors).toBeUndefined();
    expect(body.data.createAgreement.version).toBe(1);
  });
});
