import { seedIds } from '@hamyar/shared';
import { editorOf, startFederation, type Federation } from './support/federation';
import { tableFingerprints } from './support/table-fingerprints';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

// Every table of the subgraph, as the authorization matrix checks: a refusal changes none of them.
const fingerprint = () => tableFingerprints(federation.subgraphs.organizations.database.dataSource);

const FARS = seedIds.organization('IR-07');
const SHIRAZ = seedIds.municipality('IR-07', 'Shiraz');
const MEYMAND = seedIds.municipality('IR-07', 'Meymand');
const STRUCTURE = 'shareholderStructure { totalKnownPercent unallocatedPercent holderCount holdersWithoutFigure isComplete }';

const farsVersion = async () => (await sql<{ version: number }>(`SELECT version FROM organization WHERE id = $1`, [FARS]))[0].version;

async function setStake(municipalityId: string, percent: string | null, options: { version?: number; isAmongLargest?: boolean } = {}) {
  return federation.query(
    `mutation($o: ID!, $v: Int!, $m: ID!, $p: String, $l: Boolean) {
      setShareholding(organizationId: $o, version: $v, municipalityId: $m, percent: $p, isAmongLargest: $l) { version ${STRUCTURE} }
    }`,
    { o: FARS, v: options.version ?? (await farsVersion()), m: municipalityId, p: percent, l: options.isAmongLargest ?? false },
    { token: await editorOf('IR-07') },
  );
}

/** The structure as the test computes it from the subgraph's tables, independently of the subgraph's SQL. */
async function structureFromTables(organizationId: string) {
  const [row] = await sql(
    `SELECT sum(percent) AS total, count(*)::int AS holders, count(*) FILTER (WHERE percent IS NULL)::int AS unknown
       FROM shareholding WHERE organization_id = $1`,
    [organizationId],
  );
  // Nothing reported is null, not 0: no known total without a figure, no known rest without every figure.
  const total = row.total === null ? null : Number(row.total).toFixed(2);
  return {
    totalKnownPercent: total,
    unallocatedPercent: row.unknown > 0 || row.holders === 0 ? null : (100 - Number(row.total)).toFixed(2),
    holderCount: row.holders,
    holdersWithoutFigure: row.unknown,
    isComplete: row.holders > 0 && row.unknown === 0 && total === '100.00',
  };
}

async function farsStructure() {
  const { body } = await federation.query(`query($id: ID!) { organization(id: $id) { ${STRUCTURE} } }`, { id: FARS });
  expect(body.errors).toBeUndefined();
  return body.data.organization.shareholderStructure;
}

let kazerun: string;

describe('organizations: the shareholder structure, computed in SQL', () => {
  it('Fars as the record has it: 20.00 known, 2 holders, 1 without a figure, so nothing can be said unallocated', async () => {
    expect(await farsStructure()).toEqual({
      totalKnownPercent: '20.00',
      unallocatedPercent: null,
      holderCount: 2,
      holdersWithoutFigure: 1,
      isComplete: false,
    });
  });

  it('agrees with the sums the test takes of the tables, for every organization, in one request', async () => {
    const { body } = await federation.query(`{ organizations(first: 31) { nodes { id ${STRUCTURE} } } }`);
    expect(body.errors).toBeUndefined();
    for (const node of body.data.organizations.nodes) {
      expect(node.shareholderStructure).toEqual(await structureFromTables(node.id));
    }
    const mazandaran = body.data.organizations.nodes.find((n: any) => n.id === seedIds.organization('IR-02'));
    expect(mazandaran.shareholderStructure).toEqual({
      totalKnownPercent: null,
      unallocatedPercent: null,
      holderCount: 0,
      holdersWithoutFigure: 0,
      isComplete: false,
    });
  });

  it('costs one statement however many organizations ask for it', async () => {
    const count = async (n: number) =>
      (
        await federation.countStatements(() =>
          federation.query(`query($n: Int) { organizations(first: $n) { nodes { ${STRUCTURE} } } }`, { n }),
        )
      ).organizations;
    expect(await count(31)).toBe(await count(3));
  });
});

describe('organizations: known stakes never add up to more than 100%', () => {
  it('Meymand’s stake reported as 80%: the stakes are complete at exactly 100.00', async () => {
    const version = await farsVersion();
    const { body } = await setStake(MEYMAND, '80', { isAmongLargest: true });
    expect(body.errors).toBeUndefined();
    expect(body.data.setShareholding).toEqual({
      version: version + 1,
      shareholderStructure: {
        totalKnownPercent: '100.00',
        unallocatedPercent: '0.00',
        holderCount: 2,
        holdersWithoutFigure: 0,
        isComplete: true,
      },
    });
    expect(body.data.setShareholding.shareholderStructure).toEqual(await structureFromTables(FARS));
  });

  it('a third holder with 20% would make 120%: BAD_USER_INPUT on percent, saying the total, and nothing changes', async () => {
    const created = await federation.query(
      `mutation { createMunicipality(input: { provinceCode: "IR-07", nameFa: "کازرون", nameEn: "Kazerun" }) { id } }`,
      {},
      { token: await editorOf('IR-07') },
    );
    kazerun = created.body.data.createMunicipality.id;
    const before = await fingerprint();
    const { body } = await setStake(kazerun, '20');
    expect(body.data).toEqual({ setShareholding: null });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent', labelFa: 'درصد سهام' });
    expect(body.errors![0].message).toContain('would bring the total to 120.00%');
    expect(body.errors![0].message).toContain('already add up to 100.00%');
    expect(await fingerprint()).toEqual(before);
  });

  it('even 0.01% more is refused; 0% is accepted', async () => {
    expect((await setStake(kazerun, '0.01')).body.errors![0].message).toContain('100.01%');
    const zero = await setStake(kazerun, '0');
    expect(zero.body.errors).toBeUndefined();
    expect(zero.body.data.setShareholding.shareholderStructure).toMatchObject({
      totalKnownPercent: '100.00',
      holderCount: 3,
      isComplete: true,
    });
  });

  it('a holder without a figure is always accepted, and makes the unallocated share unknown', async () => {
    const { body } = await setStake(kazerun, null);
    expect(body.errors).toBeUndefined();
    expect(body.data.setShareholding.shareholderStructure).toEqual({
      totalKnownPercent: '100.00',
      unallocatedPercent: null,
      holderCount: 3,
      holdersWithoutFigure: 1,
      isComplete: false,
    });
  });

  it('a holder’s own stake is replaced, not added: Shiraz down to 12.5 frees room for Kazerun’s 7.5', async () => {
    expect((await setStake(SHIRAZ, '12.5', { isAmongLargest: true })).body.errors).toBeUndefined();
    const { body } = await setStake(kazerun, '7.50');
    expect(body.errors).toBeUndefined();
    expect(body.data.setShareholding.shareholderStructure).toEqual({
      totalKnownPercent: '100.00',
      unallocatedPercent: '0.00',
      holderCount: 3,
      holdersWithoutFigure: 0,
      isComplete: true,
    });
    const [{ total }] = await sql(`SELECT sum(percent)::text AS total FROM shareholding WHERE organization_id = $1`, [FARS]);
    expect(total).toBe('100.00');
  });

  it.each([['12.345'], ['-5'], ['100.5'], ['101'], ['twenty']])(
    'percent %p is refused, naming percent; nothing changes',
    async (percent) => {
      const before = await fingerprint();
      const { body } = await setStake(kazerun, percent);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('Persian digits are read: "۷٫۵" is 7.50', async () => {
    const { body } = await setStake(kazerun, '۷٫۵');
    expect(body.errors).toBeUndefined();
    const [{ percent }] = await sql(`SELECT percent::text FROM shareholding WHERE municipality_id = $1`, [kazerun]);
    expect(percent).toBe('7.50');
  });

  it('the holder must exist (NOT_FOUND) and be of the organization’s province (BAD_USER_INPUT), naming municipalityId', async () => {
    const before = await fingerprint();
    const missing = await setStake('00000000-0000-4000-8000-000000000000', '1');
    expect(missing.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'municipalityId' });
    const elsewhere = await setStake(seedIds.municipality('IR-02', 'Sari'), '0');
    expect(elsewhere.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityId' });
    expect(elsewhere.body.errors![0].message).toMatch(/IR-02.*IR-07/);
    expect(await fingerprint()).toEqual(before);
  });

  it('two stakes that fit alone but not together, sent at once on the same version: one is refused, the total stays within 100', async () => {
    // free 30% first
    expect((await setStake(MEYMAND, '50', { isAmongLargest: true })).body.errors).toBeUndefined();
    const version = await farsVersion();
    const [a, b] = await Promise.all([setStake(kazerun, '37.5', { version }), setStake(SHIRAZ, '42.5', { version, isAmongLargest: true })]);
    const outcomes = [a, b].map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const [{ total }] = await sql(`SELECT sum(percent)::text AS total FROM shareholding WHERE organization_id = $1`, [FARS]);
    expect(Number(total)).toBeLessThanOrEqual(100);
    expect(await farsStructure()).toEqual(await structureFromTables(FARS));
  });

  it('removing a stake: the structure follows, the history keeps what was removed', async () => {
    const version = await farsVersion();
    const { body } = await federation.query(
      `mutation($o: ID!, $v: Int!, $m: ID!) { removeShareholding(organizationId: $o, version: $v, municipalityId: $m) {
        version ${STRUCTURE} history { nodes { version operation changes { field before after } } } } }`,
      { o: FARS, v: version, m: kazerun },
      { token: await editorOf('IR-07') },
    );
    expect(body.errors).toBeUndefined();
    const removed = body.data.removeShareholding;
    expect(removed.version).toBe(version + 1);
    expect(removed.shareholderStructure).toEqual(await structureFromTables(FARS));
    expect(removed.shareholderStructure.holderCount).toBe(2);
    const last = removed.history.nodes.at(-1);
    expect(last).toMatchObject({ version: version + 1, operation: 'UPDATE' });
    expect(last.changes).toHaveLength(1);
    expect(last.changes[0].field).toBe('shareholdings');
    expect(JSON.parse(last.changes[0].before)).toMatchObject({ municipalityId: kazerun, municipality: 'کازرون' });
    expect(last.changes[0].after).toBeNull();
    const deletions = await sql(`SELECT operation FROM record_change WHERE record_type = 'Shareholding' AND operation = 'DELETE'`);
    expect(deletions).toHaveLength(1);
  });

  it('every stake change moved the organization’s version on, with one history row each', async () => {
    const [{ version }] = await sql(`SELECT version FROM organization WHERE id = $1`, [FARS]);
    const rows = await sql(
      `SELECT version, changes FROM record_change WHERE record_type = 'Organization' AND record_id = $1 ORDER BY version`,
      [FARS],
    );
    expect(rows.map((r: any) => r.version)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
    expect(rows.slice(1).every((r: any) => Object.keys(r.changes).join() === 'shareholdings')).toBe(true);
  });
});
