import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, PROVINCES, seedIds, stableId, type DatabaseConfig, type TypeOrmClass } from '@hamyar/shared';
import { organizationsSubgraph } from '../subgraphs/organizations/src';
import { MIGRATIONS as ORGANIZATION_MIGRATIONS } from '../subgraphs/organizations/src/migrations';
import { HAMYAR_NET_CORRECTION } from '../subgraphs/organizations/src/migrations/1767000000100-faithful-record';
import { PEOPLE, STATEMENTS } from '../subgraphs/organizations/src/seed/people-and-statements';
import { ENTITIES as PROJECT_ENTITIES } from '../subgraphs/projects/src/entities';
import { MIGRATIONS as PROJECT_MIGRATIONS } from '../subgraphs/projects/src/migrations';
import { UNSTATED_STATUSES, WASTE_FUNDING_CORRECTION } from '../subgraphs/projects/src/migrations/1767000000200-faithful-record';
import { ENTITIES as AGREEMENT_ENTITIES } from '../subgraphs/agreements/src/entities';
import { MIGRATIONS as AGREEMENT_MIGRATIONS } from '../subgraphs/agreements/src/migrations';
import { SUMMIT_AREAS_CORRECTION } from '../subgraphs/agreements/src/migrations/1767000000300-faithful-record';
import { EVENTS } from '../subgraphs/agreements/src/seed/source-record';
import { forwardedIdentity, postGraphQL, startTestSubgraph } from './support/federation';

/**
 * An install seeded before the corrections (its embedded .data/ or a production Postgres) is brought to the
 * corrected record by its migrations: the wrong Hamyar Net relation, the guessed statuses and the "approach"
 * taken for funding are taken back with their reasons in the history, the summit's areas marked derived,
 * and the facts added since (people, statements, events) written.
 */
// Each case opens an embedded database on disk twice; PGlite's start is slow on a busy machine.
jest.setTimeout(180_000);

describe('record corrections reach databases seeded before them', () => {
  const dirs: string[] = [];
  const schemas: string[] = [];

  function database(name: string): DatabaseConfig {
    if (process.env.DATABASE_URL) {
      const schema = `test_${randomBytes(4).toString('hex')}_${name}`;
      schemas.push(schema);
      return { kind: 'postgres', url: process.env.DATABASE_URL, schema };
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `hamyar-${name}-`));
    dirs.push(dataDir);
    return { kind: 'embedded', dataDir, schema: 'public' };
  }

  afterAll(async () => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.DATABASE_URL) {
      const client = new pg.Client(process.env.DATABASE_URL);
      await client.connect();
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });

  /**
   * Builds the database as the earlier release left it: its migrations before the record's corrections
   * (FaithfulRecord…; later ones, such as the summary rollup, run after them as on a real upgrade), then
   * `rows`, then its seed's marker.
   */
  async function seededBefore(
    config: DatabaseConfig,
    migrations: readonly TypeOrmClass[],
    seedName: string,
    rows: (q: (text: string, params?: unknown[]) => Promise<unknown>) => Promise<void>,
  ): Promise<void> {
    const old = await openDatabase({
      subgraph: 'old',
      config,
      entities: [],
      migrations: migrations.slice(
        0,
        migrations.findIndex((m) => m.name.startsWith('FaithfulRecord')),
      ),
    });
    try {
      const q = (text: string, params: unknown[] = []) => old.dataSource.query(text, params);
      await rows(q);
      await q(`CREATE TABLE seed_runs (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      await q(`INSERT INTO seed_runs (name) VALUES ($1)`, [seedName]);
    } finally {
      await old.close();
    }
  }

  async function migrated<T>(
    config: DatabaseConfig,
    entities: readonly TypeOrmClass[],
    migrations: readonly TypeOrmClass[],
    read: (q: (text: string, params?: unknown[]) => Promise<any[]>) => Promise<T>,
  ): Promise<T> {
    const current = await openDatabase({ subgraph: 'current', config, entities, migrations });
    try {
      return await read((text, params = []) => current.dataSource.query(text, params));
    } finally {
      await current.close();
    }
  }

  it('organizations: Hamyar Net stops being a subsidiary of Fars, with why in the history; people and statements are added once', async () => {
    const config = database('organizations');
    const fars = seedIds.organization('IR-07');
    const hamyarNet = stableId('subsidiary', 'IR-07/Hamyar Net');
    await seededBefore(config, ORGANIZATION_MIGRATIONS, 'organizations/source-record/v1', async (q) => {
      for (const p of PROVINCES) {
        await q(`INSERT INTO province VALUES ($1, $2, $3, $4, $5)`, [p.code, p.nameFa, p.nameEn, p.capitalFa, p.capitalEn]);
        await q(`INSERT INTO organization (id, province_code, name_fa, name_en) VALUES ($1, $2, $3, $4)`, [
          seedIds.organization(p.code),
          p.code,
          `سازمان ${p.nameFa}`,
          p.nameEn,
        ]);
      }
      await q(`INSERT INTO subsidiary_company (id, organization_id, name_fa, name_en) VALUES ($1, $2, 'همیار نت', 'Hamyar Net')`, [
        hamyarNet,
        fars,
      ]);
      await q(
        `INSERT INTO record_source (id, record_type, record_id, report_id, excerpt) VALUES ($1, 'SubsidiaryCompany', $2, 'news-003', 'همیار نت')`,
        [stableId('x', 'y'), hamyarNet],
      );
    });

    // The subgraph starting on the old database runs the migrations (its seed has run there: it is skipped).
    const subgraph = await startTestSubgraph(organizationsSubgraph, config);
    try {
      const q = (text: string, params: unknown[] = []) => subgraph.database.dataSource.query(text, params);
      const count = async (table: string) => (await q(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      expect([await count('subsidiary_company'), await count('person'), await count('statement')]).toEqual([
        0,
        PEOPLE.length,
        STATEMENTS.length,
      ]);
      const [deletion] = await q(
        `SELECT operation, reason, changes FROM record_change WHERE record_type = 'SubsidiaryCompany' AND record_id = $1`,
        [hamyarNet],
      );
      expect(deletion).toMatchObject({
        operation: 'DELETE',
        reason: HAMYAR_NET_CORRECTION,
        changes: { nameFa: { before: 'همیار نت', after: null } },
      });
      expect(await q(`SELECT excerpt FROM record_source WHERE record_id = $1`, [hamyarNet])).toEqual([]);

      // The history, as a client reads it from the subgraph.
      const { body } = await postGraphQL(
        subgraph.url,
        `query ($id: ID!) { organization(id: $id) { version history { nodes { version operation reason actor { subject role } changes { field before after } } } } }`,
        { id: fars },
        await forwardedIdentity('organizations'),
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.organization.version).toBe(2);
      expect(body.data.organization.history.nodes).toEqual([
        {
          version: 2,
          operation: 'UPDATE',
          reason: HAMYAR_NET_CORRECTION,
          actor: { subject: 'source-record-correction', role: 'SEED' },
          changes: [{ field: 'subsidiaries', before: JSON.stringify({ id: hamyarNet, nameFa: 'همیار نت' }), after: null }],
        },
      ]);
      expect(HAMYAR_NET_CORRECTION).toMatch(/does not say that Fars's cooperation organization founded or owns the company/);
    } finally {
      await subgraph.stop();
    }
  });

  it('projects: statuses the reports do not state become unknown and the "approach" stops being funding, unless an editor changed them since', async () => {
    const config = database('projects');
    const project = (slug: string) => seedIds.project(slug);
    await seededBefore(config, PROJECT_MIGRATIONS, 'projects/source-record/v1', async (q) => {
      const insert = (slug: string, status: string, version = 1) =>
        q(
          `INSERT INTO investment_project (id, organization_id, province_code, title_fa, sector, status, version) VALUES ($1, $2, 'IR-07', $3, 'OTHER', $4, $5)`,
          [project(slug), seedIds.organization('IR-07'), slug, status, version],
        );
      await insert('fars/polymer-asphalt', 'IN_PROGRESS');
      await insert('fars/zand-boulevard-office-building', 'IN_PROGRESS');
      await insert('fars/smart-parking-and-markets', 'PROPOSED');
      // An editor has since recorded the hospital as completed: a correction must not undo that.
      await insert('fars/jannat-hospital', 'COMPLETED', 2);
      await insert('mazandaran/stalled-waste-projects', 'IN_PROGRESS');
      await q(`INSERT INTO funding_source (id, project_id, kind) VALUES ($1, $2, 'PRIVATE_INVESTMENT')`, [
        stableId('funding', 'mazandaran/stalled-waste-projects/0'),
        project('mazandaran/stalled-waste-projects'),
      ]);
    });
    const first = await migrated(config, PROJECT_ENTITIES, PROJECT_MIGRATIONS, async (q) => ({
      projects: await q(`SELECT title_fa, status, version FROM investment_project ORDER BY title_fa`),
      funding: (await q(`SELECT count(*)::int AS n FROM funding_source`))[0].n,
      history: await q(`SELECT record_id, version, reason, changes FROM record_change ORDER BY record_id, version`),
    }));
    expect(first.projects).toEqual([
      { title_fa: 'fars/jannat-hospital', status: 'COMPLETED', version: 2 },
      { title_fa: 'fars/polymer-asphalt', status: null, version: 2 },
      { title_fa: 'fars/smart-parking-and-markets', status: null, version: 2 },
      { title_fa: 'fars/zand-boulevard-office-building', status: null, version: 2 },
      { title_fa: 'mazandaran/stalled-waste-projects', status: 'IN_PROGRESS', version: 2 },
    ]);
    expect(first.funding).toBe(0);
    const reasons = new Map(UNSTATED_STATUSES.map((u) => [project(u.slug), u.reason]));
    reasons.set(project('mazandaran/stalled-waste-projects'), WASTE_FUNDING_CORRECTION);
    reasons.delete(project('fars/jannat-hospital'));
    expect(first.history.map((h: { record_id: string; reason: string }) => [h.record_id, h.reason]).sort()).toEqual(
      [...reasons.entries()].sort(),
    );
    expect(first.history.find((h: { record_id: string }) => h.record_id === project('fars/polymer-asphalt')).changes).toEqual({
      status: { before: 'IN_PROGRESS', after: null },
    });
  });

  it('agreements: the summit keeps "over 20,000" as a lower bound, its areas are marked derived, and the missing events are added', async () => {
    const config = database('agreements');
    const summit = seedIds.event('mashhad-rank-one-summit');
    const farsShare = seedIds.agreement('mashhad-rank-one-summit/IR-07');
    await seededBefore(config, AGREEMENT_MIGRATIONS, 'agreements/source-record/v1', async (q) => {
      await q(`INSERT INTO event (id, name_fa, expected_direct_jobs) VALUES ($1, 'اجلاس', 20000)`, [summit]);
      await q(`INSERT INTO agreement (id, title_fa, status, event_id) VALUES ($1, 'سهم فارس', 'SIGNED', $2)`, [farsShare, summit]);
    });
    const first = await migrated(config, AGREEMENT_ENTITIES, AGREEMENT_MIGRATIONS, async (q) => ({
      summit: (
        await q(`SELECT expected_direct_jobs, expected_direct_jobs_qualifier, kind, duration_days, held_on FROM event WHERE id = $1`, [
          summit,
        ])
      )[0],
      events: (await q(`SELECT count(*)::int AS n FROM event`))[0].n,
      participants: (await q(`SELECT count(*)::int AS n FROM event_participant WHERE event_id = $1`, [summit]))[0].n,
      agreement: (await q(`SELECT version, derivations FROM agreement WHERE id = $1`, [farsShare]))[0],
      history: await q(`SELECT operation, reason FROM record_change WHERE record_id = $1`, [farsShare]),
    }));
    expect(first.summit).toEqual({
      expected_direct_jobs: 20000,
      expected_direct_jobs_qualifier: 'AT_LEAST',
      kind: 'SUMMIT',
      duration_days: 1,
      held_on: null,
    });
    expect(first.events).toBe(EVENTS.length);
    expect(first.participants).toBe(3);
    expect(first.agreement.version).toBe(2);
    expect(first.agreement.derivations).toEqual([expect.objectContaining({ field: 'cooperationAreas' })]);
    expect(first.history).toEqual([{ operation: 'UPDATE', reason: SUMMIT_AREAS_CORRECTION }]);
  });
});
