import type { DataSource } from 'typeorm';
import { MigrationExecutor } from 'typeorm/migration/MigrationExecutor';

/**
 * How long one SQL statement of a subgraph may run before Postgres cancels it, unless configured
 * (STATEMENT_TIMEOUT_MS): a page is an index range scan of milliseconds, so this only ever cuts a runaway
 * statement, and it is kept near the gateway's subgraph timeout so the database stops working on a request
 * the gateway has given up on. The registry sets none: a publish holds its lock through composition.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/** The connection option that sets it on every pooled connection (with the search path beside it). */
export function statementTimeoutOption(ms: number): string {
  return `-c statement_timeout=${Math.floor(ms)}`;
}

/**
 * Migrations may rightly run longer than any request (a backfill over every row): they run on one connection
 * with the timeout lifted, which is restored before the connection goes back to the pool.
 */
export async function runMigrationsUntimed(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
