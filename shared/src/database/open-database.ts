import 'reflect-metadata';
import fs from 'node:fs';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AddRecordChangeReason1767000000000 } from '../history/add-record-change-reason.migration';
import { CreateRecordChange1763999999500 } from '../history/create-record-change.migration';
import { RecordChangePageIndex1768000000000 } from '../history/record-change-page-index.migration';
import { RecordChangeEntity } from '../history/record-change.entity';
import { CreateRecordSource1763999999000 } from '../sources/create-record-source.migration';
import { RecordSourceEntity } from '../sources/record-source.entity';
import type { DatabaseConfig } from '../config/subgraph-config';
import { StatementCounter } from './statement-counter';
import { runMigrationsUntimed, statementTimeoutOption } from './statement-timeout';
import { createLogger, type Logger } from '../observability/logger';
import { untilReachable } from './wait-for-database';
import { migrateUnderLock } from './migration-lock';

/** A TypeORM entity or migration: a class, referenced by its constructor. */
export type TypeOrmClass = abstract new (...args: never[]) => unknown;

export interface OpenDatabaseOptions {
  readonly subgraph: string;
  readonly config: DatabaseConfig;
  /** The subgraph's own entities; the shared sources and history tables are added to them. */
  readonly entities: readonly TypeOrmClass[];
  /** The subgraph's own migrations, in order; they run after the shared ones. */
  readonly migrations: readonly TypeOrmClass[];
  readonly echoSql?: boolean;
  /** Longest a statement may run on the pool's connections (migrations excepted); none when absent. */
  readonly statementTimeoutMs?: number;
  readonly log?: Logger;
  /**
   * How long to keep trying a database that cannot be reached yet (still starting, a container not up), with
   * backoff, before giving up. 0: one attempt.
   */
  readonly waitMs?: number;
}

/** A subgraph's own database: a TypeORM DataSource over `pg`, migrated, and the statement counter watching it. */
export interface Database {
  readonly dataSource: DataSource;
  readonly statements: StatementCounter;
  readonly schema: string;
  close(): Promise<void>;
}

// A DATE is a calendar day, not an instant: keep Postgres's 'YYYY-MM-DD' rather than a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Connections to the embedded database: PGlite runs one session, the socket server queues the rest. */
const EMBEDDED_MAX_CONNECTIONS = 8;

/**
 * Opens the subgraph's database and brings it to the latest migration. With a PostgreSQL URL the subgraph
 * works in its own schema of that database; without one it runs an embedded PGlite (real Postgres compiled
 * to WebAssembly) behind a local socket, so the same `pg` driver and the same SQL serve both.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { config, subgraph } = options;
  const log = options.log ?? createLogger(subgraph);
  const embedded = config.kind === 'embedded' ? await startEmbeddedPostgres(config.dataDir, config.snapshot) : undefined;
  const url = config.kind === 'postgres' ? config.url : embedded!.url;
  const statements = new StatementCounter(subgraph, options.echoSql, log);
  const newDataSource = () =>
    new DataSource({
      type: 'postgres',
      url,
      schema: config.schema,
      entities: [...options.entities, RecordSourceEntity, RecordChangeEntity],
      migrations: [
        CreateRecordSource1763999999000,
        CreateRecordChange1763999999500,
        AddRecordChangeReason1767000000000,
        RecordChangePageIndex1768000000000,
        ...options.migrations,
      ],
      migrationsTableName: 'typeorm_migrations',
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: true,
      logger: statements,
      maxQueryExecutionTime: 1000,
      applicationName: `hamyar-${subgraph}`,
      poolSize: embedded ? EMBEDDED_MAX_CONNECTIONS : 10,
      // Unqualified names in migrations and raw SQL resolve to the subgraph's own schema.
      extra: {
        options: `-c search_path=${config.schema}${options.statementTimeoutMs ? ` ${statementTimeoutOption(options.statementTimeoutMs)}` : ''}`,
      },
    });
  let dataSource: DataSource | undefined;
  try {
    dataSource = await untilReachable(
      async () => {
        const candidate = newDataSource();
        try {
          return await candidate.initialize();
        } catch (error) {
          if (candidate.isInitialized) await candidate.destroy();
          throw error;
        }
      },
      { waitMs: embedded ? 0 : (options.waitMs ?? 0), log, what: `database of ${subgraph}` },
    );
    // Services sharing one Postgres migrate one at a time: database-wide statements (CREATE EXTENSION) race.
    // An embedded database belongs to one service alone.
    await migrateUnderLock(dataSource, { lock: !embedded, log }, async () => {
      await dataSource!.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema}"`);
      await runMigrationsUntimed(dataSource!);
    });
  } catch (error) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  const opened = dataSource;
  return {
    dataSource: opened,
    statements,
    schema: config.schema,
    close: once(async () => {
      if (opened.isInitialized) await opened.destroy();
      await embedded?.stop();
    }),
  };
}

interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

async function startEmbeddedPostgres(dataDir: string | 'memory', snapshot?: string): Promise<EmbeddedPostgres> {
  if (dataDir !== 'memory') fs.mkdirSync(dataDir, { recursive: true });
  if (snapshot && dataDir !== 'memory') throw new Error(`a snapshot (${snapshot}) starts only an in-memory database, not ${dataDir}`);
  // pg_trgm backs the search indexes; real Postgres ships it in contrib, PGlite loads it on request. Its
  // package declares only ESM types for the contrib entry, though it ships a CommonJS build too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const db = await PGlite.create(dataDir === 'memory' ? undefined : dataDir, {
    extensions: { pg_trgm },
    ...(snapshot ? { loadDataDir: new Blob([fs.readFileSync(snapshot)]) } : {}),
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Closing twice (a test that stops a subgraph early, then its teardown) is harmless. */
function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}
