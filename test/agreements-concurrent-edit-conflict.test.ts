import { seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const MOU_4134 = seedIds.agreement('mazandaran/4134-high-rise-rules');
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateAgreementInput!) {
  updateAgreement(id: $id, version: $version, input: $input) { version titleEn }
}`;

async function historyRows(id: string): Promise<{ version: number; operation: string; actor_subject: string }[]> {
  return federation.subgraphs.agreements.database.dataSource.query(
    `SELECT version, operation, actor_subject FROM record_change WHERE record_type = 'Agreement' AND record_id = $1 ORDER BY version`,
    [id],
  );
}

describe('two editors change the same version of an agreement at once', () => {
  it('exactly one succeeds; the other gets CONFLICT and writes nothing, not even history', async () => {
    const [mazandaran, admin] = [await editorOf('IR-02'), await nationalAdmin()];
    const [a, b] = await Promise.all([
      federation.query(UPDATE, { id: MOU_4134, version: 1, input: { titleEn: 'Edited by Mazandaran' } }, { token: mazandaran }),
      federation.query(UPDATE, { id: MOU_4134, version: 1, input: { titleEn: 'Edited by the admin', expectedJobs: 10 } }, { token: admin }),
    ]);
    const results = [a.body, b.body];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(winners[0].data.updateAgreement.version).toBe(2);
    expect(losers[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    expect(losers[0].errors![0].message).toContain('Reload');

    const [stored] = await federation.subgraphs.agreements.database.dataSource.query(
      `SELECT title_en, expected_jobs, version FROM agreement WHERE id = $1`,
      [MOU_4134],
    );
    expect(stored.version).toBe(2);
    expect(stored.title_en).toBe(winners[0].data.updateAgreement.titleEn);
    expect(stored.expected_jobs).toBe(winners[0] === a.body ? null : 10);

    const history = await historyRows(MOU_4134);
    expect(history.map((h) => [h.version, h.operation])).toEqual([
      [1, 'CREATE'],
      [2, 'UPDATE'],
    ]);
    expect(history[1].actor_subject).toBe(winners[0] === a.body ? 'editor@IR-02' : 'admin@national');
  });

  it('an edit based on a version no longer current is refused, whatever it changes', async () => {
    const stale = await federation.query(
      UPDATE,
      { id: MOU_4134, version: 1, input: { titleEn: 'late' } },
      { token: await nationalAdmin() },
    );
    expect(stale.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const party = await federation.query(
      `mutation($id: ID!) { addAgreementParty(agreementId: $id, version: 1, party: { name: "شهرداری ساری", provinceCode: "IR-02" }) { version } }`,
      { id: MOU_4134 },
      { token: await nationalAdmin() },
    );
    expect(party.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await historyRows(MOU_4134)).length).toBe(2);
  });

  it('many concurrent parties added to one version: one lands, the rest conflict', async () => {
    const token = await nationalAdmin();
    const names = ['شهرداری ساری', 'شهرداری بابل', 'شهرداری آمل', 'شهرداری قائمشهر'];
    const results = await Promise.all(
      names.map((name) =>
        federation.query(
          `mutation($id: ID!, $name: String!) { addAgreementParty(agreementId: $id, version: 2, party: { name: $name, provinceCode: "IR-02" }) { version parties { name } } }`,
          { id: MOU_4134, name },
          { token },
        ),
      ),
    );
    const ok = results.filter((r) => !r.body.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    expect(ok[0].body.data.addAgreementParty.version).toBe(3);
    const [{ n }] = await federation.subgraphs.agreements.database.dataSource.query(
      `SELECT count(*)::int AS n FROM agreement_party WHERE agreement_id = $1`,
      [MOU_4134],
    );
    expect(n).toBe(3);
  });
});
