import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { ReadinessReport } from '../observability/health';
import type { ServiceMetrics } from '../observability/metrics';

/** The `pg` pool under a TypeORM DataSource (its Postgres driver's master pool). */
function poolOf(dataSource: DataSource): pg.Pool | undefined {
  return (dataSource.driver as unknown as { master?: pg.Pool }).master;
}

/** Ready: the database answers and no migration is pending (a newer version of the service may have added one). */
export async function databaseReadiness(dataSource: DataSource): Promise<ReadinessReport> {
  try {
    await dataSource.query('SELECT 1');
    const pending = await dataSource.showMigrations();
    return { ready: !pending, checks: { database: pending ? 'migrations pending' : 'ok' } };
  } catch (error) {
    return { ready: false, checks: { database: `unreachable (${(error as Error).message})` } };
  }
}

/** Pool use as a gauge: connections open, idle, and requests waiting for one. */
export function watchPool(metrics: ServiceMetrics, dataSource: DataSource): void {
  metrics.gauge('hamyar_db_pool_connections', 'Database pool connections by state (total, idle, waiting requests)', ['state'], (gauge) => {
    const pool = poolOf(dataSource);
    if (!pool) return;
    gauge.set({ state: 'total' }, pool.totalCount);
    gauge.set({ state: 'idle' }, pool.idleCount);
    gauge.set({ state: 'waiting' }, pool.waitingCount);
  });
}
