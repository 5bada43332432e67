import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig, SubgraphDefinition } from '@hamyar/shared';
import { organizationsSubgraph } from '../../subgraphs/organizations/src';
import { projectsSubgraph } from '../../subgraphs/projects/src';
import { agreementsSubgraph } from '../../subgraphs/agreements/src';
import { farsSmartCitySubgraph } from '../../subgraphs/fars-smart-city/src';

/**
 * Set up once, copy per test. The integration tests' global setup (test/support/global-setup.js) migrates and
 * seeds each subgraph once, with the subgraph's own migrations and seed, into a template:
 * - on Postgres, a schema `template_<subgraph>` of a template database; every test file gets its own copy of
 *   that database (CREATE DATABASE … TEMPLATE, test/support/database-per-file-environment.js) as its
 *   DATABASE_URL, and a test subgraph takes a template schema over by renaming it to the schema it was given;
 * - on the embedded default, a PGlite data-directory snapshot per subgraph (and a blank one, just after
 *   initdb, for every other in-memory database), which each test subgraph's database is loaded from.
 * The subgraph still runs its migrations and its seed on start: on a copy there is nothing left to do.
 */
export const TEMPLATE_SUBGRAPHS: readonly SubgraphDefinition<any>[] = [
  organizationsSubgraph,
  projectsSubgraph,
  agreementsSubgraph,
  farsSmartCitySubgraph,
];

/** Set by the global setup: the folder of the embedded snapshots. */
export const SNAPSHOTS_ENV = 'HAMYAR_TEST_SNAPSHOTS';
/** Set by the global setup: the Postgres database every test file's database is copied from. */
export const TEMPLATE_DATABASE_ENV = 'HAMYAR_TEST_TEMPLATE_DATABASE';

export const templateSchema = (subgraph: string) => `template_${subgraph.replace(/-/g, '_')}`;
export const snapshotFile = (folder: string, subgraph: string) => path.join(folder, `${subgraph}.tar`);
export const BLANK_SNAPSHOT = 'blank';

/** The snapshot of an empty cluster, for an in-memory database no template fits (none outside a Jest run). */
export function blankSnapshot(): string | undefined {
  const folder = process.env[SNAPSHOTS_ENV];
  return folder ? snapshotFile(folder, BLANK_SNAPSHOT) : undefined;
}

/**
 * The database `definition` should start on: a copy of its template when there is one and the definition
 * builds the same database (the same migrations and seed), else `database` as it is (the real path:
 * migrations and seed from nothing).
 */
export async function fromTemplate(definition: SubgraphDefinition<any>, database: DatabaseConfig): Promise<DatabaseConfig> {
  const template = TEMPLATE_SUBGRAPHS.find((candidate) => candidate.name === definition.name);
  if (!template || !buildsTheSameDatabase(template, definition)) return database;
  if (database.kind === 'embedded') {
    const folder = process.env[SNAPSHOTS_ENV];
    return folder && database.dataDir === 'memory' ? { ...database, snapshot: snapshotFile(folder, definition.name) } : database;
  }
  await claimTemplateSchema(database.url, definition.name, database.schema);
  return database;
}

/**
 * On Postgres, hands the test file's copy of `subgraph`'s template schema over to `schema`, when this test
 * file's database is a copy of the template database and nothing took the template schema yet (a second
 * subgraph of the same name in one file, or a restart on `schema`, starts on the real path or its own data).
 * A rename is all it takes, as objects refer to each other by id, not by name, with two exceptions: a
 * function pinned to its schema (`SET search_path FROM CURRENT`) names it in its settings, and is pinned
 * again to the new name; a function body is text, and one that names the template schema leaves the schema
 * unclaimed (the subgraph then migrates from nothing).
 */
export async function claimTemplateSchema(url: string, subgraph: string, schema: string): Promise<boolean> {
  if (!process.env[TEMPLATE_DATABASE_ENV] || url !== process.env.DATABASE_URL) return false;
  const template = templateSchema(subgraph);
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query('BEGIN');
    const named = await client.query(
      `SELECT 1 FROM pg_proc WHERE pronamespace = (SELECT oid FROM pg_namespace WHERE nspname = $1) AND strpos(prosrc, $1) > 0`,
      [template],
    );
    if (named.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    await client.query(`ALTER SCHEMA "${template}" RENAME TO "${schema}"`);
    const pinned = await client.query<{ signature: string; setting: string }>(
      `SELECT p.oid::regprocedure::text AS signature, c AS setting FROM pg_proc p, unnest(p.proconfig) c
        WHERE p.pronamespace = $1::regnamespace AND c LIKE 'search_path=%'`,
      [schema],
    );
    for (const { signature, setting } of pinned.rows) {
      const searchPath = setting
        .slice('search_path='.length)
        .split(',')
        .map((part) => part.trim())
        .map((part) => (part.replace(/^"|"$/g, '') === template ? `"${schema}"` : part));
      await client.query(`ALTER FUNCTION ${signature} SET search_path = ${searchPath.join(', ')}`);
    }
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // 3F000: the template schema was taken already; 42P06: `schema` exists (a subgraph restarted on its data).
    if (['3F000', '42P06'].includes((error as { code?: string }).code ?? '')) return false;
    throw error;
  } finally {
    await client.end();
  }
}

function buildsTheSameDatabase(template: SubgraphDefinition<any>, definition: SubgraphDefinition<any>): boolean {
  return (
    template.migrations.length === definition.migrations.length &&
    template.migrations.every((migration, i) => definition.migrations[i] === migration) &&
    template.seed?.name === definition.seed?.name &&
    template.seed?.apply === definition.seed?.apply
  );
}
