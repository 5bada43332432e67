import { seedIds, stableId } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const NETWORK = `query($filter: AgreementFilter) {
  agreementNetwork(filter: $filter) {
    totalAgreements
    edges { from { code nameEn } to { code nameEn } agreementCount areas { code nameFa nameEn } }
  }
}`;

const SUMMIT_PARTNERS = ['IR-01', 'IR-02', 'IR-03', 'IR-04', 'IR-06', 'IR-07', 'IR-08', 'IR-10', 'IR-11', 'IR-21', 'IR-23'];

/**
 * The edges as the test counts them itself from the agreements subgraph's own tables: for every pair of
 * provinces, the agreements with parties in both.
 */
async function edgesCountedInSql(): Promise<{ from: string; to: string; agreements: number }[]> {
  const rows: { low: string; high: string; n: number }[] = await federation.subgraphs.agreements.database.dataSource.query(`
    SELECT x.province_code AS low, y.province_code AS high, count(DISTINCT x.agreement_id)::int AS n
    FROM agreement_party x, agreement_party y
    WHERE x.agreement_id = y.agreement_id AND x.province_code IS NOT NULL AND y.province_code IS NOT NULL
      AND x.province_code COLLATE "C" < y.province_code COLLATE "C"
    GROUP BY x.province_code, y.province_code`);
  return rows.map((r) => ({ from: r.low, to: r.high, agreements: r.n })).sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
}

describe('the province-to-province network of agreements', () => {
  it("shows the Mashhad summit's star: eleven edges Razavi Khorasan (IR-09) to a partner, one agreement each", async () => {
    const { body } = await federation.query(NETWORK, { filter: { eventIds: [stableId('event', 'mashhad-rank-one-summit')] } });
    expect(body.errors).toBeUndefined();
    const network = body.data.agreementNetwork;
    expect(network.totalAgreements).toBe(11);
    expect(network.edges).toHaveLength(11);
    for (const edge of network.edges) {
      expect([edge.from.code, edge.to.code]).toContain('IR-09');
      expect(edge.from.code < edge.to.code).toBe(true);
      expect(edge.agreementCount).toBe(1);
      expect(edge.areas).toHaveLength(15);
      expect(edge.areas[0]).toEqual({ code: 'TOURISM', nameFa: 'گردشگری', nameEn: 'Tourism' });
    }
    const partners = network.edges.map((edge: any) => (edge.from.code === 'IR-09' ? edge.to.code : edge.from.code));
    expect(partners.sort()).toEqual(SUMMIT_PARTNERS);
    // the provinces come from the organizations subgraph
    expect(network.edges.find((e: any) => e.to.code === 'IR-09' && e.from.code === 'IR-07').from.nameEn).toBe('Fars');
    expect(network.edges.find((e: any) => e.from.code === 'IR-09' && e.to.code === 'IR-23').to.nameEn).toBe('Tehran');
  });

  it('matches the edges the test counts in SQL itself, computed in one statement', async () => {
    let body: any;
    const statements = await federation.countStatements(async () => {
      ({ body } = await federation.query(NETWORK));
    });
    expect(body.errors).toBeUndefined();
    expect(statements.agreements).toBe(1);
    const counted = await edgesCountedInSql();
    expect(counted).toHaveLength(11);
    expect(body.data.agreementNetwork.edges.map((e: any) => ({ from: e.from.code, to: e.to.code, agreements: e.agreementCount }))).toEqual(
      counted,
    );
    // agreements within one province (MoU 4134, the solar MoU, Fars's technology MoU) make no edge
    expect(body.data.agreementNetwork.totalAgreements).toBe(11);
  });

  it('takes the agreement filter: Fars with Razavi Khorasan is one edge', async () => {
    const { body } = await federation.query(NETWORK, { filter: { provinceCodes: ['IR-07'] } });
    expect(body.errors).toBeUndefined();
    expect(body.data.agreementNetwork).toMatchObject({
      totalAgreements: 1,
      edges: [{ from: { code: 'IR-07' }, to: { code: 'IR-09' }, agreementCount: 1 }],
    });
    const empty = await federation.query(NETWORK, { filter: { statuses: ['COMPLETED'] } });
    expect(empty.body.data.agreementNetwork).toEqual({ totalAgreements: 0, edges: [] });
    const bad = await federation.query(NETWORK, { filter: { provinceCodes: ['Fars'] } });
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCodes' });
  });

  it('grows with a new inter-provincial agreement: a second Fars–Razavi Khorasan MoU and a new Fars–Mazandaran edge', async () => {
    const { body: created } = await federation.query(
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
      {
        input: {
          titleFa: 'تفاهم‌نامه سه‌جانبهٔ گردشگری',
          parties: [
            { organizationId: seedIds.organization('IR-07') },
            { organizationId: seedIds.organization('IR-09') },
            { organizationId: seedIds.organization('IR-02') },
          ],
          areaCodes: ['TOURISM', 'SOLAR_POWER_PLANTS'],
        },
      },
      { token: await nationalAdmin() },
    );
    expect(created.errors).toBeUndefined();
    const { body } = await federation.query(NETWORK, { filter: { provinceCodes: ['IR-07'] } });
    const edges = body.data.agreementNetwork.edges.map((e: any) => [
      e.from.code,
      e.to.code,
      e.agreementCount,
      e.areas.map((a: any) => a.code).length,
    ]);
    expect(edges).toEqual([
      ['IR-02', 'IR-07', 1, 2],
      ['IR-02', 'IR-09', 1, 2],
      ['IR-07', 'IR-09', 2, 16],
    ]);
    expect(body.data.agreementNetwork.totalAgreements).toBe(2);
    const whole = await federation.query(NETWORK);
    expect(
      whole.body.data.agreementNetwork.edges.map((e: any) => ({ from: e.from.code, to: e.to.code, agreements: e.agreementCount })),
    ).toEqual(await edgesCountedInSql());
  });
});
