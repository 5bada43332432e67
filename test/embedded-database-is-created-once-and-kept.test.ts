import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { organizationsSubgraph } from '../subgraphs/organizations/src';
import { MIGRATIONS } from '../subgraphs/organizations/src/migrations';
import { forwardedIdentity, postGraphQL, startTestSubgraph } from './support/federation';

// Two starts from nothing (create, migrate, seed) on an embedded database; no template can stand in, since the
// first start is what it checks: over a minute when every core is busy with other test files.
jest.setTimeout(240_000);

describe('the embedded default database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-embedded-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is created, migrated and seeded on first start, and kept as it was across a restart', async () => {
    const database = { kind: 'embedded', dataDir, schema: 'public' } as const;
    const first = await startTestSubgraph(organizationsSubgraph, database);
    try {
      const { body } = await postGraphQL(first.url, '{ provinces { totalCount } }', {}, await forwardedIdentity('organizations'));
      expect(body.data.provinces.totalCount).toBe(31);
      // A change made through SQL must survive the restart, and the seed must not run over it again.
      await first.database.dataSource.query(`UPDATE organization SET ceo_name_en = 'changed' WHERE province_code = 'IR-02'`);
    } finally {
      await first.stop();
    }
    expect(fs.readdirSync(dataDir).length).toBeGreaterThan(0);

    const second = await startTestSubgraph(organizationsSubgraph, database);
    try {
      const { body } = await postGraphQL(
        second.url,
        '{ provinces { totalCount } province(code: "IR-02") { organization { ceoNameEn } } }',
        {},
        await forwardedIdentity('organizations'),
      );
      expect(body.data.provinces.totalCount).toBe(31);
      expect(body.data.province.organization.ceoNameEn).toBe('changed');
      const runs = await second.database.dataSource.query('SELECT name FROM seed_runs');
      expect(runs).toEqual([{ name: 'organizations/source-record/v1' }]);
      const migrations = await second.database.dataSource.query('SELECT count(*)::int AS n FROM typeorm_migrations');
      expect(migrations[0].n).toBe(MIGRATIONS.length + 4); // the shared four (sources, history, change reasons, history page index) and the subgraph's own
    } finally {
      await second.stop();
    }
  });
});
