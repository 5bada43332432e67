import type { DataSource } from 'typeorm';
import type { Logger } from '../observability/logger';

/**
 * The key of the session-level advisory lock every Hamyar service takes around its migrations. One key for
 * all of them: `CREATE EXTENSION` and friends are database-wide, so two services' migrations race even when
 * each works in its own schema (pg_trgm created twice at once is a unique violation in pg_extension).
 */
const MIGRATION_LOCK_KEY = 4_826_101_708;

/**
 * Runs `migrate` holding the migration lock on a connection of its own, so a service that starts while
 * another migrates waits for it instead of colliding. The lock is a session lock: if the process dies, its
 * connection closes and Postgres releases it.
 */
export async function migrateUnderLock(
  dataSource: DataSource,
  options: { lock: boolean; log: Logger },
  migrate: () => Promise<void>,
): Promise<void> {
  if (!options.lock) return migrate();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY])) as { locked: boolean }[];
    if (!locked) {
      options.log.info('another service is migrating this database; waiting for it');
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    try {
      await migrate();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
