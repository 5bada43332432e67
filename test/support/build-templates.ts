/**
 * Builds the templates the integration tests copy (see templates.ts), with each subgraph's own migrations and
 * seed through openDatabase and applySeedOnce, as a subgraph does on start. Run by the global setup as a child
 * process on the TypeScript sources (register-ts.js):
 *   build-templates.ts postgres <url of the empty template database>
 *   build-templates.ts embedded <folder for the snapshots>
 */
import fs from 'node:fs';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { applySeedOnce, createLogger, openDatabase, type DatabaseConfig } from '@hamyar/shared';
import { BLANK_SNAPSHOT, TEMPLATE_SUBGRAPHS, snapshotFile, templateSchema } from './templates';

async function migrateAndSeed(definition: (typeof TEMPLATE_SUBGRAPHS)[number], config: DatabaseConfig): Promise<void> {
  const database = await openDatabase({
    subgraph: definition.name,
    config,
    entities: definition.entities,
    migrations: definition.migrations,
    log: createLogger(`${definition.name}-template`, 'warn'),
  });
  try {
    if (definition.seed) await applySeedOnce(database.dataSource, definition.seed.name, definition.seed.apply);
  } finally {
    await database.close();
  }
}

async function buildOnPostgres(url: string): Promise<void> {
  for (const definition of TEMPLATE_SUBGRAPHS)
    await migrateAndSeed(definition, { kind: 'postgres', url, schema: templateSchema(definition.name) });
}

/**
 * One initdb (the slow part of a new PGlite), kept as the blank snapshot; each subgraph's database is loaded
 * from it, migrated and seeded through a socket as any Postgres would be, and dumped.
 */
async function buildEmbedded(folder: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const write = async (db: PGlite, name: string) => {
    const tarball = await db.dumpDataDir('none');
    fs.writeFileSync(snapshotFile(folder, name), Buffer.from(await tarball.arrayBuffer()));
    return tarball;
  };
  const first = await PGlite.create({ extensions: { pg_trgm } });
  const blank = await write(first, BLANK_SNAPSHOT);
  for (const [i, definition] of TEMPLATE_SUBGRAPHS.entries()) {
    const db = i === 0 ? first : await PGlite.create({ extensions: { pg_trgm }, loadDataDir: blank });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    try {
      await migrateAndSeed(definition, {
        kind: 'postgres',
        url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
        schema: 'public',
      });
    } finally {
      await server.stop();
    }
    await write(db, definition.name);
    await db.close();
  }
}

const [mode, target] = process.argv.slice(2);
(mode === 'postgres' ? buildOnPostgres(target) : buildEmbedded(target)).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
