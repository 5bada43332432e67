import { seedIds, stableId } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const SOLAR = seedIds.agreement('mazandaran/joint-solar-mou');
const FARS_TECH = seedIds.agreement('fars/initial-technology-mou');
const QOM = seedIds.agreement('qom/municipalities-social-security-mou');
const summit = (code: string) => seedIds.agreement(`mashhad-rank-one-summit/${code}`);
const SUMMIT_PARTNERS = ['IR-01', 'IR-02', 'IR-03', 'IR-04', 'IR-06', 'IR-07', 'IR-08', 'IR-10', 'IR-11', 'IR-21', 'IR-23'];

const LIST = `query($filter: AgreementFilter, $orderBy: AgreementOrder, $first: Int) {
  agreements(filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { id number } }
}`;

async function ids(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const { body } = await federation.query(LIST, { filter, orderBy, first: 100 });
  expect(body.errors).toBeUndefined();
  expect(body.data.agreements.totalCount).toBe(body.data.agreements.nodes.length);
  return body.data.agreements.nodes.map((n: { id: string }) => n.id);
}

const sorted = (values: readonly string[]) => [...values].sort();

/** Ids in the order the agreements subgraph's own table gives, to check the API's order against. */
async function sqlOrder(orderBy: string, where = 'true'): Promise<string[]> {
  const rows: { id: string }[] = await federation.subgraphs.agreements.database.dataSource.query(
    `SELECT id FROM agreement WHERE ${where} ORDER BY ${orderBy}`,
  );
  return rows.map((r) => r.id);
}

describe('filtering agreements', () => {
  it('finds MoU 4134 by its number in Persian, Arabic-Indic or ASCII digits', async () => {
    for (const number of ['۴۱۳۴', '٤١٣٤', '4134']) {
      expect(await ids({ number })).toEqual([MOU_4134]);
    }
    expect(await ids({ number: '4135' })).toEqual([]);
  });

  it('finds MoU 4134 by search in any digits, and by words of its titles and description in any keyboard', async () => {
    for (const search of ['۴۱۳۴', '٤١٣٤', '4134', 'بلندمرتبه‌سازی', 'بلندمرتبه سازی', 'High-Rise', 'راه و شهرسازي']) {
      expect(await ids({ search })).toEqual([MOU_4134]);
    }
    expect(sorted(await ids({ search: 'خورشیدی' }))).toEqual(sorted([SOLAR]));
    expect(await ids({ search: 'no such words anywhere' })).toEqual([]);
  });

  it('by signing day, given in the Jalali calendar: 1404-10-01..1404-10-30 holds 4134 only', async () => {
    expect(await ids({ signedOn: { from: { jalali: '1404-10-01' }, to: { jalali: '1404-10-30' } } })).toEqual([MOU_4134]);
    expect(await ids({ signedOn: { from: { jalali: '۱۴۰۴-۱۰-۱۶' } } })).toEqual([]);
    expect(await ids({ signedOn: { to: { iso: '2026-01-05' } } })).toEqual([MOU_4134]);
  });

  it('by party organization: Razavi Khorasan is a party to its eleven summit MoUs', async () => {
    expect(sorted(await ids({ partyOrganizationIds: [seedIds.organization('IR-09')] }))).toEqual(sorted(SUMMIT_PARTNERS.map(summit)));
    expect(sorted(await ids({ partyOrganizationIds: [seedIds.organization('IR-07'), seedIds.organization('IR-02')] }))).toEqual(
      sorted([MOU_4134, SOLAR, FARS_TECH, summit('IR-02'), summit('IR-07')]),
    );
  });

  it('by province of a party', async () => {
    expect(sorted(await ids({ provinceCodes: ['IR-02'] }))).toEqual(sorted([MOU_4134, SOLAR, summit('IR-02')]));
  });

  it('agreements of province A with province B: provinceCodes [A] with counterpartProvinceCodes [B]', async () => {
    expect(await ids({ provinceCodes: ['IR-09'], counterpartProvinceCodes: ['IR-02'] })).toEqual([summit('IR-02')]);
    expect(await ids({ provinceCodes: ['IR-02'], counterpartProvinceCodes: ['IR-09'] })).toEqual([summit('IR-02')]);
    // within one province: two different parties both of Mazandaran
    expect(sorted(await ids({ provinceCodes: ['IR-02'], counterpartProvinceCodes: ['IR-02'] }))).toEqual(sorted([MOU_4134, SOLAR]));
    expect(await ids({ provinceCodes: ['IR-02'], counterpartProvinceCodes: ['IR-07'] })).toEqual([]);
    // alone: a party of the province beside any other party
    expect(sorted(await ids({ counterpartProvinceCodes: ['IR-07'] }))).toEqual(sorted([FARS_TECH, summit('IR-07')]));
  });

  it('by cooperation area, status and event', async () => {
    expect(sorted(await ids({ areaCodes: ['TOURISM'] }))).toEqual(sorted(SUMMIT_PARTNERS.map(summit)));
    expect(sorted(await ids({ areaCodes: ['SMART_PARKING', 'high_rise_building_rules'] }))).toEqual(sorted([FARS_TECH, MOU_4134]));
    expect(sorted(await ids({ statuses: ['PROPOSED'] }))).toEqual(sorted([SOLAR, QOM]));
    expect(await ids({ eventIds: [stableId('event', 'qom-provincial-capital-mayors-meeting')] })).toEqual([QOM]);
    expect(sorted(await ids({ eventIds: [stableId('event', 'mashhad-rank-one-summit')] }))).toEqual(sorted(SUMMIT_PARTNERS.map(summit)));
  });

  it('every criterion given must hold', async () => {
    expect(sorted(await ids({ provinceCodes: ['IR-02'], statuses: ['SIGNED'] }))).toEqual(sorted([MOU_4134, summit('IR-02')]));
    expect(await ids({ provinceCodes: ['IR-02'], statuses: ['SIGNED'], search: '4134' })).toEqual([MOU_4134]);
  });

  it('refuses a malformed value naming its field, before any SQL', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ provinceCodes: ['Tehran'] }, 'filter.provinceCodes'],
      [{ counterpartProvinceCodes: ['IR-2'] }, 'filter.counterpartProvinceCodes'],
      [{ partyOrganizationIds: ['42'] }, 'filter.partyOrganizationIds'],
      [{ eventIds: ['mashhad'] }, 'filter.eventIds'],
      [{ areaCodes: ['گردشگری'] }, 'filter.areaCodes'],
      [{ signedOn: { from: { jalali: '1404-13-01' } } }, 'filter.signedOn.from.jalali'],
      [{ signedOn: { from: { iso: '2026-01-05', jalali: '1404-10-15' } } }, 'filter.signedOn.from'],
      [{ number: ' ' }, 'filter.number'],
    ];
    const statements = await federation.countStatements(async () => {
      for (const [filter, field] of cases) {
        const { body } = await federation.query(LIST, { filter });
        expect(body.data.agreements).toBeNull();
        expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
    expect(statements.agreements).toBe(0);
  });

  it('nested lists take the filter too, and stay one statement per field for all parents (and one for their counts)', async () => {
    const query = `{ provinces(first: 31) { nodes { code
      agreements(filter: { statuses: [SIGNED] }, orderBy: { field: TITLE, direction: ASC }) { totalCount }
      organization { agreements(filter: { counterpartProvinceCodes: ["IR-07"] }) { totalCount nodes { id } } } } } }`;
    let body: any;
    const statements = await federation.countStatements(async () => {
      ({ body } = await federation.query(query));
    });
    expect(body.errors).toBeUndefined();
    const byCode = Object.fromEntries(body.data.provinces.nodes.map((p: any) => [p.code, p]));
    expect(byCode['IR-02'].agreements.totalCount).toBe(2);
    expect(byCode['IR-09'].agreements.totalCount).toBe(11);
    expect(byCode['IR-09'].organization.agreements.nodes).toEqual([{ id: summit('IR-07') }]);
    expect(byCode['IR-07'].organization.agreements.totalCount).toBe(2);
    // Per field, for all 31 parents: one statement for the pages and, as totalCount is selected, one counting.
    expect(statements.agreements).toBe(4);
  });
});

describe('ordering agreements', () => {
  it('by title, either way, as the database sorts the Persian titles', async () => {
    expect(await ids({}, { field: 'TITLE', direction: 'ASC' })).toEqual(await sqlOrder('title_fa ASC, id ASC'));
    expect(await ids({}, { field: 'TITLE' })).toEqual(await sqlOrder('title_fa DESC, id DESC'));
  });

  it('by signing day, newest first by default, undated last in either direction', async () => {
    const create = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`;
    const token = await nationalAdmin();
    const made: string[] = [];
    for (const jalali of ['1403-01-01', '1405-01-01']) {
      const { body } = await federation.query(
        create,
        {
          input: {
            titleFa: `تفاهم‌نامهٔ آزمایشی ${jalali}`,
            signedOn: { jalali },
            parties: [{ organizationId: seedIds.organization('IR-02') }, { organizationId: seedIds.organization('IR-07') }],
          },
        },
        { token },
      );
      expect(body.errors).toBeUndefined();
      made.push(body.data.createAgreement.id);
    }
    const [older, newer] = made;
    const newestFirst = await ids({});
    expect(newestFirst.slice(0, 3)).toEqual([newer, MOU_4134, older]);
    expect(await ids({}, { field: 'SIGNED_ON', direction: 'DESC' })).toEqual(newestFirst);
    const oldestFirst = await ids({}, { field: 'SIGNED_ON', direction: 'ASC' });
    expect(oldestFirst.slice(0, 3)).toEqual([older, MOU_4134, newer]);
    // the undated ones follow, in the order of their ids (the tie-breaker) in the list's direction
    expect(oldestFirst.slice(3)).toEqual(await sqlOrder('id ASC', 'signed_on IS NULL'));
    expect(newestFirst.slice(3)).toEqual(await sqlOrder('id DESC', 'signed_on IS NULL'));
  });

  it('by creation: the records made through the API after the seeded ones', async () => {
    const latestFirst = await ids({}, { field: 'CREATED_AT' });
    expect(latestFirst).toEqual(await sqlOrder('created_at DESC, id DESC'));
    expect(await ids({}, { field: 'CREATED_AT', direction: 'ASC' })).toEqual([...latestFirst].reverse());
    expect(latestFirst).toHaveLength(17);
    // the seeded fifteen share one instant (the seed's transaction), so their ids order them
    expect(latestFirst.slice(2)).toEqual(await sqlOrder('id DESC', 'created_at = (SELECT min(created_at) FROM agreement)'));
  });
});
