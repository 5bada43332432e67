import type { DataSource, EntityManager } from 'typeorm';

/**
 * Applies a named seed once per database, in one transaction with its marker row, so a crash half-way leaves
 * nothing behind and replicas starting together do not seed twice (an advisory lock serialises them).
 * Returns whether this call applied it.
 */
export async function applySeedOnce(
  dataSource: DataSource,
  name: string,
  seed: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`CREATE TABLE IF NOT EXISTS seed_runs (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hamyar-seed:' || $1))`, [name]);
    const done: unknown[] = await manager.query(`SELECT 1 FROM seed_runs WHERE name = $1`, [name]);
    if (done.length > 0) return false;
    await seed(manager);
    await manager.query(`INSERT INTO seed_runs (name) VALUES ($1)`, [name]);
    return true;
  });
}
