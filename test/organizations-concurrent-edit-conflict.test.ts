import { seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

const UPDATE = `mutation($id: ID!, $v: Int!, $name: String) { updateOrganization(id: $id, version: $v, input: { name: $name }) { name version } }`;
const updates = (rows: { record_id: string }[], id: string) => rows.filter((r) => r.record_id === id);

describe('organizations: two edits of the same version at once', () => {
  it('exactly one succeeds, the other gets CONFLICT, and the history has one change', async () => {
    const id = seedIds.organization('IR-02');
    const [a, b] = await Promise.all([
      federation.query(UPDATE, { id, v: 1, name: 'سازمان همیاری شهرداری‌های مازندران (الف)' }, { token: await editorOf('IR-02') }),
      federation.query(UPDATE, { id, v: 1, name: 'سازمان همیاری شهرداری‌های مازندران (ب)' }, { token: await nationalAdmin() }),
    ]);
    const results = [a, b].map((r) => r.body);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].data).toEqual({ updateOrganization: null });
    expect(losers[0].errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      entity: 'Organization',
      key: id,
      expectedVersion: 1,
      currentVersion: 2,
    });

    // the database holds the winner's name, at version 2, with one UPDATE in its history
    const winner = winners[0].data.updateOrganization;
    expect(winner.version).toBe(2);
    const [row] = await sql(`SELECT name_fa, version FROM organization WHERE id = $1`, [id]);
    expect(row).toEqual({ name_fa: winner.name, version: 2 });
    const changes = await sql(
      `SELECT record_id, version, operation FROM record_change WHERE record_type = 'Organization' AND operation = 'UPDATE'`,
    );
    expect(updates(changes, id)).toEqual([{ record_id: id, version: 2, operation: 'UPDATE' }]);

    const { body } = await federation.query(
      `query($id: ID!) { organization(id: $id) { history { nodes { version operation changes { field after } } } } }`,
      { id },
    );
    expect(body.data.organization.history.nodes).toEqual([
      expect.objectContaining({ version: 1, operation: 'CREATE' }),
      { version: 2, operation: 'UPDATE', changes: [{ field: 'name', after: JSON.stringify(winner.name) }] },
    ]);
  });

  it('of five editors of the same version, one wins and four get CONFLICT', async () => {
    const id = seedIds.organization('IR-07');
    const token = await editorOf('IR-07');
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => federation.query(UPDATE, { id, v: 1, name: `سازمان همیاری فارس ${n}` }, { token })),
    );
    const codes = responses.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const changes = await sql(`SELECT record_id FROM record_change WHERE record_type = 'Organization' AND operation = 'UPDATE'`);
    expect(updates(changes, id)).toHaveLength(1);
    const [{ version }] = await sql(`SELECT version FROM organization WHERE id = $1`, [id]);
    expect(version).toBe(2);
  });

  it('two edits of a municipality at once: one wins; the loser retries on the new version and succeeds', async () => {
    const id = seedIds.municipality('IR-07', 'Meymand');
    const token = await editorOf('IR-07');
    const send = (v: number, nameEn: string) =>
      federation.query(
        `mutation($id: ID!, $v: Int!, $n: String) { updateMunicipality(id: $id, version: $v, input: { nameEn: $n }) { nameEn version } }`,
        { id, v, n: nameEn },
        { token },
      );
    const [a, b] = await Promise.all([send(1, 'Meimand'), send(1, 'Maymand')]);
    const loser = [a, b].find((r) => r.body.errors)!;
    expect(loser.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const retry = await send(loser.body.errors![0].extensions!.currentVersion, 'Meymand (retried)');
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data.updateMunicipality).toEqual({ nameEn: 'Meymand (retried)', version: 3 });
    const rows = await sql(`SELECT version FROM record_change WHERE record_type = 'Municipality' AND record_id = $1 ORDER BY version`, [
      id,
    ]);
    expect(rows.map((r: any) => r.version)).toEqual([1, 2, 3]);
  });
});
