import { seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const SUMMIT_GILAN = seedIds.agreement('mashhad-rank-one-summit/IR-01');

const HISTORY = `query($id: ID!) { agreement(id: $id) {
  version
  history { nodes { version operation changedAt actor { subject role provinceCode } changes { field before after } } }
} }`;

async function history(id: string) {
  const { body } = await federation.query(HISTORY, { id });
  expect(body.errors).toBeUndefined();
  return { ...body.data.agreement, history: body.data.agreement.history.nodes };
}

const changeOf = (entry: any, field: string) => entry.changes.find((c: any) => c.field === field);

describe('every change of an agreement is kept, with who made it', () => {
  it('a seeded agreement was created by the seed of the source record', async () => {
    const { version, history: entries } = await history(MOU_4134);
    expect(version).toBe(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      version: 1,
      operation: 'CREATE',
      actor: { subject: 'source-record', role: 'SEED', provinceCode: null },
    });
    expect(changeOf(entries[0], 'number')).toEqual({ field: 'number', before: null, after: '"4134"' });
    expect(changeOf(entries[0], 'signedOn')).toEqual({ field: 'signedOn', before: null, after: '"2026-01-05"' });
    expect(changeOf(entries[0], 'searchText')).toBeUndefined();
  });

  it('an update lists CREATE then UPDATE, with the editor and each changed field before and after', async () => {
    const { body } = await federation.query(
      `mutation($id: ID!) { updateAgreement(id: $id, version: 1, input: { titleEn: "MoU 4134: high-rise building rules", expectedJobs: 40, areaCodes: ["HIGH_RISE_BUILDING_RULES", "TECHNICAL_ENGINEERING_STUDIES"] }) { version cooperationAreas { code } } }`,
      { id: MOU_4134 },
      { token: await editorOf('IR-02') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateAgreement).toEqual({
      version: 2,
      cooperationAreas: [{ code: 'HIGH_RISE_BUILDING_RULES' }, { code: 'TECHNICAL_ENGINEERING_STUDIES' }],
    });

    const { version, history: entries } = await history(MOU_4134);
    expect(version).toBe(2);
    expect(entries.map((e: any) => [e.version, e.operation, e.actor.role])).toEqual([
      [1, 'CREATE', 'SEED'],
      [2, 'UPDATE', 'PROVINCE_EDITOR'],
    ]);
    const update = entries[1];
    expect(update.actor).toEqual({ subject: 'editor@IR-02', role: 'PROVINCE_EDITOR', provinceCode: 'IR-02' });
    expect(Date.parse(update.changedAt)).toBeGreaterThanOrEqual(Date.parse(entries[0].changedAt));
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'titleEn', before: '"MoU on high-rise building rules"', after: '"MoU 4134: high-rise building rules"' },
        { field: 'expectedJobs', before: null, after: '40' },
        { field: 'areas', before: '["HIGH_RISE_BUILDING_RULES"]', after: '["HIGH_RISE_BUILDING_RULES","TECHNICAL_ENGINEERING_STUDIES"]' },
      ]),
    );
    expect(update.changes).toHaveLength(3);
  });

  it('an edit that changes nothing makes no version', async () => {
    const { body } = await federation.query(
      `mutation($id: ID!) { updateAgreement(id: $id, version: 2, input: { expectedJobs: 40 }) { version } }`,
      { id: MOU_4134 },
      { token: await nationalAdmin() },
    );
    expect(body.data.updateAgreement.version).toBe(2);
    expect((await history(MOU_4134)).history).toHaveLength(2);
  });

  it('a party added, a project linked: each a version with its before and after', async () => {
    const admin = await nationalAdmin();
    const party = await federation.query(
      `mutation($id: ID!) { addAgreementParty(agreementId: $id, version: 2, party: { name: "شهرداری ساری", nameEn: "Sari municipality", provinceCode: "IR-02", role: IMPLEMENTER }) {
        version parties { name role province { code } } } }`,
      { id: MOU_4134 },
      { token: admin },
    );
    expect(party.body.errors).toBeUndefined();
    expect(party.body.data.addAgreementParty.version).toBe(3);
    expect(party.body.data.addAgreementParty.parties[2]).toEqual({
      name: 'شهرداری ساری',
      role: 'IMPLEMENTER',
      province: { code: 'IR-02' },
    });

    const solarProject = seedIds.project('mazandaran/solar-power-plants');
    const link = await federation.query(
      `mutation($id: ID!, $projectId: ID!) { linkAgreementProject(agreementId: $id, version: 3, projectId: $projectId) { version projects { nodes { id title } } } }`,
      { id: MOU_4134, projectId: solarProject },
      { token: admin },
    );
    expect(link.body.errors).toBeUndefined();
    expect(link.body.data.linkAgreementProject).toEqual({
      version: 4,
      projects: { nodes: [{ id: solarProject, title: 'احداث نیروگاه‌های خورشیدی' }] },
    });
    const again = await federation.query(
      `mutation($id: ID!, $projectId: ID!) { linkAgreementProject(agreementId: $id, version: 4, projectId: $projectId) { version } }`,
      { id: MOU_4134, projectId: solarProject },
      { token: admin },
    );
    expect(again.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });

    const entries = (await history(MOU_4134)).history;
    expect(entries.map((e: any) => e.version)).toEqual([1, 2, 3, 4]);
    const parties = changeOf(entries[2], 'parties');
    expect(JSON.parse(parties.before)).toHaveLength(2);
    expect(JSON.parse(parties.after)[2]).toEqual({
      organizationId: null,
      name: 'شهرداری ساری',
      nameEn: 'Sari municipality',
      provinceCode: 'IR-02',
      role: 'IMPLEMENTER',
    });
    expect(changeOf(entries[3], 'projects')).toEqual({ field: 'projects', before: '[]', after: JSON.stringify([solarProject]) });
    // the project's side sees it too, through its own subgraph's entity
    const { body } = await federation.query(`query($id: ID!) { project(id: $id) { agreements { nodes { number } } } }`, {
      id: solarProject,
    });
    expect(body.data.project.agreements.nodes.map((n: any) => n.number)).toContain('4134');
  });

  it('an amendment is listed with the version it produced, and its changes are in that version', async () => {
    const { body } = await federation.query(
      `mutation($id: ID!) { amendAgreement(agreementId: $id, version: 1, input: { amendedOn: { jalali: "1404-11-20" }, summary: "Credit lines added", areaCodes: ["TOURISM", "CREDIT_LINES"], expectedJobs: 120 }) {
        version expectedJobs cooperationAreas { code } amendments { nodes { amendedOn { jalali iso } summary version } } } }`,
      { id: SUMMIT_GILAN },
      // Razavi Khorasan registered the summit's MoUs: amending one is its editors' (Gilan's may not)
      { token: await editorOf('IR-09') },
    );
    expect(body.errors).toBeUndefined();
    const amended = body.data.amendAgreement;
    expect(amended).toMatchObject({ version: 2, expectedJobs: 120, cooperationAreas: [{ code: 'TOURISM' }, { code: 'CREDIT_LINES' }] });
    expect(amended.amendments.nodes).toEqual([
      { amendedOn: { jalali: '1404-11-20', iso: '2026-02-09' }, summary: 'Credit lines added', version: 2 },
    ]);
    const entries = (await history(SUMMIT_GILAN)).history;
    expect(entries[1].changes.map((c: any) => c.field).sort()).toEqual(['amendments', 'areas', 'expectedJobs']);
    expect(entries[1].actor).toEqual({ subject: 'editor@IR-09', role: 'PROVINCE_EDITOR', provinceCode: 'IR-09' });
  });

  it('a new agreement: its creation by its author, its number in any digits, found by search as soon as it exists', async () => {
    const { body } = await federation.query(
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) {
        id version number numberAsReported title status signedOn { jalali iso } expectedJobs
        parties { organization { id } name province { code } role }
        cooperationAreas { code } projects { totalCount } event { nameEn }
        history { nodes { version operation actor { subject role provinceCode } changes { field before after } } } } }`,
      {
        input: {
          number: '٥٢٧٠',
          titleFa: 'تفاهم‌نامه گردشگري و نمايشگاه‌هاي تخصصي',
          titleEn: 'MoU on tourism and specialised exhibitions',
          signedOn: { jalali: '۱۴۰۴-۱۱-۰۵' },
          eventId: null,
          parties: [
            { organizationId: seedIds.organization('IR-07') },
            { organizationId: seedIds.organization('IR-10'), role: 'COORDINATOR' },
            { name: 'شهرداری شیراز', provinceCode: 'IR-07', role: 'IMPLEMENTER' },
          ],
          areaCodes: ['TOURISM', 'SPECIALISED_EXHIBITIONS'],
          projectIds: [seedIds.project('fars/smart-parking-and-markets')],
          expectedJobs: 0,
        },
      },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors).toBeUndefined();
    const created = body.data.createAgreement;
    expect(created).toMatchObject({
      version: 1,
      number: '5270',
      numberAsReported: '٥٢٧٠',
      status: 'SIGNED',
      signedOn: { jalali: '1404-11-05', iso: '2026-01-25' },
      expectedJobs: 0,
      parties: [
        { organization: { id: seedIds.organization('IR-07') }, name: null, province: { code: 'IR-07' }, role: 'SIGNATORY' },
        { organization: { id: seedIds.organization('IR-10') }, name: null, province: { code: 'IR-10' }, role: 'COORDINATOR' },
        { organization: null, name: 'شهرداری شیراز', province: { code: 'IR-07' }, role: 'IMPLEMENTER' },
      ],
      cooperationAreas: [{ code: 'TOURISM' }, { code: 'SPECIALISED_EXHIBITIONS' }],
      projects: { totalCount: 1 },
      event: null,
      history: {
        nodes: [{ version: 1, operation: 'CREATE', actor: { subject: 'editor@IR-07', role: 'PROVINCE_EDITOR', provinceCode: 'IR-07' } }],
      },
    });
    // the creation row holds what it was created with in other tables too
    const creation = created.history.nodes[0];
    expect(JSON.parse(changeOf(creation, 'parties').after).map((p: any) => [p.provinceCode, p.role])).toEqual([
      ['IR-07', 'SIGNATORY'],
      ['IR-10', 'COORDINATOR'],
      ['IR-07', 'IMPLEMENTER'],
    ]);
    expect(changeOf(creation, 'areas')).toEqual({ field: 'areas', before: null, after: '["TOURISM","SPECIALISED_EXHIBITIONS"]' });
    expect(changeOf(creation, 'projects').after).toBe(JSON.stringify([seedIds.project('fars/smart-parking-and-markets')]));
    expect(changeOf(creation, 'numberAsReported')).toEqual({ field: 'numberAsReported', before: null, after: '"٥٢٧٠"' });
    for (const search of ['۵۲۷۰', '5270', 'نمایشگاه‌های تخصصی', 'گردشگری و', 'SPECIALISED exhibitions']) {
      const found = await federation.query(`query($search: String) { agreements(filter: { search: $search }) { nodes { id } } }`, {
        search,
      });
      expect(found.body.data.agreements.nodes).toEqual([{ id: created.id }]);
    }
    // and its search text follows an edit
    const edited = await federation.query(
      `mutation($id: ID!) { updateAgreement(id: $id, version: 1, input: { titleFa: "تفاهم‌نامه همکاری صادراتی", number: "۵۲۷۱" }) { version number } }`,
      { id: created.id },
      { token: await editorOf('IR-07') },
    );
    expect(edited.body.data.updateAgreement).toEqual({ version: 2, number: '5271' });
    const old = await federation.query(`{ agreements(filter: { search: "نمایشگاه" }) { totalCount } }`);
    expect(old.body.data.agreements.totalCount).toBe(0);
    const renamed = await federation.query(`{ agreements(filter: { search: "صادراتي", number: "5271" }) { nodes { id } } }`);
    expect(renamed.body.data.agreements.nodes).toEqual([{ id: created.id }]);
  });
});
