import { seedIds, stableId } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
let admin: string;
beforeAll(async () => {
  federation = await startFederation();
  admin = await nationalAdmin();
});
afterAll(() => federation?.stop());

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const SOLAR = seedIds.agreement('mazandaran/joint-solar-mou');
const MAZANDARAN = seedIds.organization('IR-02');
const RAZAVI = seedIds.organization('IR-09');

const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version status signedOn { iso } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, version: $version, input: $input) { version status } }`;
const ADD_PARTY = `mutation($id: ID!, $version: Int!, $party: AgreementPartyInput!) { addAgreementParty(agreementId: $id, version: $version, party: $party) { version } }`;
const LINK = `mutation($id: ID!, $version: Int!, $projectId: ID!) { linkAgreementProject(agreementId: $id, version: $version, projectId: $projectId) { version } }`;
const TERMINATE = `mutation($id: ID!, $version: Int!, $on: DateInput!, $reason: String!) {
  terminateAgreement(agreementId: $id, version: $version, terminatedOn: $on, reason: $reason) { version status terminatedOn { jalali } terminationReason }
}`;
const AMEND = `mutation($id: ID!, $version: Int!, $input: AmendAgreementInput!) { amendAgreement(agreementId: $id, version: $version, input: $input) { version } }`;

/** Everything the agreements subgraph holds, to prove a refused change left it as it was. */
async function snapshot() {
  const db = federation.subgraphs.agreements.database.dataSource;
  const tables = ['agreement', 'agreement_party', 'agreement_area', 'agreement_project', 'agreement_amendment', 'record_change'];
  const out: Record<string, unknown> = {};
  for (const table of tables) out[table] = await db.query(`SELECT * FROM ${table} ORDER BY 1`);
  return JSON.stringify(out);
}

/** Runs a mutation that must be refused with `code` naming `field`, and checks nothing changed. */
async function refused(query: string, variables: Record<string, unknown>, code: string, field?: string, token = admin) {
  const before = await snapshot();
  const { body } = await federation.query(query, variables, { token });
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
  expect(await snapshot()).toBe(before);
  return body.errors![0];
}

const valid = () => ({ titleFa: 'تفاهم‌نامه همکاری', parties: [{ organizationId: MAZANDARAN }, { organizationId: RAZAVI }] });

describe('the rules of an agreement, through the API: each refusal names the field and changes nothing', () => {
  it('an agreement has two parties at least', async () => {
    await refused(CREATE, { input: { ...valid(), parties: [{ organizationId: MAZANDARAN }] } }, 'BAD_USER_INPUT', 'input.parties');
  });

  it('no party twice: the same organization, or two bodies of one name in one province', async () => {
    await refused(
      CREATE,
      { input: { ...valid(), parties: [{ organizationId: MAZANDARAN }, { organizationId: RAZAVI }, { organizationId: MAZANDARAN }] } },
      'BAD_USER_INPUT',
      'input.parties[2]',
    );
    const error = await refused(
      CREATE,
      {
        input: {
          ...valid(),
          parties: [
            { organizationId: MAZANDARAN },
            { name: 'اداره کل راه و شهرسازی', provinceCode: 'IR-02' },
            { name: 'اداره كل راه و شهرسازي', provinceCode: 'IR-02' },
          ],
        },
      },
      'BAD_USER_INPUT',
      'input.parties[2]',
    );
    expect(error.extensions!.labelFa).toBe('طرف تفاهم‌نامه');
    await refused(ADD_PARTY, { id: MOU_4134, version: 1, party: { organizationId: MAZANDARAN } }, 'BAD_USER_INPUT', 'party');
    await refused(
      ADD_PARTY,
      { id: MOU_4134, version: 1, party: { name: 'اداره کل راه و شهرسازی استان مازندران', provinceCode: 'IR-02' } },
      'BAD_USER_INPUT',
      'party',
    );
  });

  it('a party is an organization or a named body, and an organization is in its own province', async () => {
    await refused(
      CREATE,
      { input: { ...valid(), parties: [{ organizationId: MAZANDARAN }, { role: 'IMPLEMENTER' }] } },
      'BAD_USER_INPUT',
      'input.parties[1]',
    );
    await refused(
      CREATE,
      { input: { ...valid(), parties: [{ organizationId: MAZANDARAN, provinceCode: 'IR-07' }, { organizationId: RAZAVI }] } },
      'BAD_USER_INPUT',
      'input.parties[0].provinceCode',
    );
  });

  it('references are checked with their owners: an unknown organization, project, event or area is NOT_FOUND', async () => {
    const nowhere = stableId('organization', 'IR-99');
    await refused(
      CREATE,
      { input: { ...valid(), parties: [{ organizationId: MAZANDARAN }, { organizationId: nowhere }] } },
      'NOT_FOUND',
      'input.parties[1].organizationId',
    );
    await refused(
      CREATE,
      { input: { ...valid(), projectIds: [seedIds.project('mazandaran/solar-power-plants'), stableId('project', 'none')] } },
      'NOT_FOUND',
      'input.projectIds[1]',
    );
    await refused(CREATE, { input: { ...valid(), eventId: stableId('event', 'none') } }, 'NOT_FOUND', 'input.eventId');
    await refused(CREATE, { input: { ...valid(), areaCodes: ['TOURISM', 'UNDERWATER_BASKETS'] } }, 'NOT_FOUND', 'input.areaCodes[1]');
    await refused(LINK, { id: MOU_4134, version: 1, projectId: stableId('project', 'none') }, 'NOT_FOUND', 'projectId');
    await refused(UPDATE, { id: stableId('agreement', 'none'), version: 1, input: { titleEn: 'x' } }, 'NOT_FOUND');
  });

  it('days are real days of their calendar, and a proposal has no signing day', async () => {
    // 1404 is not a leap year of the Jalali calendar: Esfand has 29 days
    await refused(CREATE, { input: { ...valid(), signedOn: { jalali: '1404-12-30' } } }, 'BAD_USER_INPUT', 'input.signedOn.jalali');
    await refused(CREATE, { input: { ...valid(), signedOn: { iso: '2026-02-30' } } }, 'BAD_USER_INPUT', 'input.signedOn.iso');
    await refused(
      CREATE,
      { input: { ...valid(), signedOn: { iso: '2026-01-05', jalali: '1404-10-15' } } },
      'BAD_USER_INPUT',
      'input.signedOn',
    );
    await refused(
      CREATE,
      { input: { ...valid(), status: 'PROPOSED', signedOn: { jalali: '1404-10-15' } } },
      'BAD_USER_INPUT',
      'input.signedOn',
    );
    await refused(UPDATE, { id: SOLAR, version: 1, input: { signedOn: { jalali: '1404-11-01' } } }, 'BAD_USER_INPUT', 'input.signedOn');
  });

  it('jobs are not negative, and the title is not empty', async () => {
    await refused(CREATE, { input: { ...valid(), expectedJobs: -1 } }, 'BAD_USER_INPUT', 'input.expectedJobs');
    await refused(UPDATE, { id: MOU_4134, version: 1, input: { expectedJobs: -20 } }, 'BAD_USER_INPUT', 'input.expectedJobs');
    await refused(UPDATE, { id: MOU_4134, version: 1, input: { titleFa: '   ' } }, 'BAD_USER_INPUT', 'input.titleFa');
  });

  it('the status moves along the life cycle only', async () => {
    await refused(CREATE, { input: { ...valid(), status: 'TERMINATED' } }, 'BAD_USER_INPUT', 'input.status');
    await refused(UPDATE, { id: MOU_4134, version: 1, input: { status: 'PROPOSED' } }, 'BAD_USER_INPUT', 'input.status');
    await refused(UPDATE, { id: MOU_4134, version: 1, input: { status: 'TERMINATED' } }, 'BAD_USER_INPUT', 'input.status');
    // a proposal is not terminated
    await refused(TERMINATE, { id: SOLAR, version: 1, on: { jalali: '1404-11-01' }, reason: 'dropped' }, 'BAD_USER_INPUT', 'terminatedOn');
    // a proposal is signed: with its day, and then it is SIGNED
    const signed = await federation.query(
      UPDATE,
      { id: SOLAR, version: 1, input: { status: 'SIGNED', signedOn: { jalali: '1404-11-01' } } },
      { token: admin },
    );
    expect(signed.body.errors).toBeUndefined();
    expect(signed.body.data.updateAgreement).toEqual({ version: 2, status: 'SIGNED' });
  });

  it('an agreement does not end before it was signed, and ends with a reason; then it is final', async () => {
    await refused(
      TERMINATE,
      { id: MOU_4134, version: 1, on: { jalali: '1404-10-14' }, reason: 'superseded' },
      'BAD_USER_INPUT',
      'terminatedOn',
    );
    await refused(TERMINATE, { id: MOU_4134, version: 1, on: { jalali: '1404-10-20' }, reason: ' ' }, 'BAD_USER_INPUT', 'reason');
    await refused(
      TERMINATE,
      { id: MOU_4134, version: 1, on: { jalali: '1404-10-32' }, reason: 'x' },
      'BAD_USER_INPUT',
      'terminatedOn.jalali',
    );
    const { body } = await federation.query(
      TERMINATE,
      { id: MOU_4134, version: 1, on: { jalali: '۱۴۰۴-۱۱-۰۱' }, reason: 'Replaced by a new MoU' },
      { token: await editorOf('IR-02') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.terminateAgreement).toEqual({
      version: 2,
      status: 'TERMINATED',
      terminatedOn: { jalali: '1404-11-01' },
      terminationReason: 'Replaced by a new MoU',
    });
    for (const status of ['SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'PROPOSED']) {
      await refused(UPDATE, { id: MOU_4134, version: 2, input: { status } }, 'BAD_USER_INPUT', 'input.status');
    }
    await refused(TERMINATE, { id: MOU_4134, version: 2, on: { jalali: '1404-11-02' }, reason: 'again' }, 'BAD_USER_INPUT', 'terminatedOn');
    await refused(
      AMEND,
      { id: MOU_4134, version: 2, input: { amendedOn: { jalali: '1404-11-05' }, summary: 'too late' } },
      'BAD_USER_INPUT',
      'input.amendedOn',
    );
    // and its signing day cannot move past its end
    await refused(UPDATE, { id: MOU_4134, version: 2, input: { signedOn: { jalali: '1404-11-10' } } }, 'BAD_USER_INPUT', 'input.signedOn');
  });

  it('an amendment is of an agreement in force, not before its signing', async () => {
    const summitTehran = seedIds.agreement('mashhad-rank-one-summit/IR-23');
    await refused(
      AMEND,
      { id: summitTehran, version: 1, input: { amendedOn: { jalali: '1404-11-05' }, summary: ' ' } },
      'BAD_USER_INPUT',
      'input.summary',
    );
    await refused(
      AMEND,
      { id: summitTehran, version: 1, input: { amendedOn: { jalali: '1404-11-05' }, summary: 'x', expectedJobs: -3 } },
      'BAD_USER_INPUT',
      'input.expectedJobs',
    );
    const fars = seedIds.agreement('fars/initial-technology-mou');
    const signed = await federation.query(UPDATE, { id: fars, version: 1, input: { signedOn: { iso: '2026-01-10' } } }, { token: admin });
    expect(signed.body.errors).toBeUndefined();
    await refused(
      AMEND,
      { id: fars, version: 2, input: { amendedOn: { iso: '2026-01-09' }, summary: 'x' } },
      'BAD_USER_INPUT',
      'input.amendedOn',
    );
  });

  it('malformed ids are refused before any SQL', async () => {
    await refused(UPDATE, { id: '4134', version: 1, input: { titleEn: 'x' } }, 'BAD_USER_INPUT', 'id');
    await refused(LINK, { id: MOU_4134, version: 1, projectId: 'solar' }, 'BAD_USER_INPUT', 'projectId');
    await refused(
      CREATE,
      { input: { ...valid(), parties: [{ organizationId: 'IR-02' }, { organizationId: RAZAVI }] } },
      'BAD_USER_INPUT',
      'input.parties[0].organizationId',
    );
  });
});
