import type { DataSource, EntityManager } from 'typeorm';
import { SOURCE_RECORD_SEED } from '../auth/identity';
import { creationFields, writeChange } from '../history/history';
import { auditedFields } from '../mutations/mutation';

/**
 * Applies a named seed once per database, in one transaction with its marker row, so a crash half-way leaves
 * nothing behind and replicas starting together do not seed twice (an advisory lock serialises them). Every
 * versioned record the seed wrote gets its creation in the history, by the source-record seed.
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
    const before = await historyCount(manager);
    await seed(manager);
    if ((await historyCount(manager)) === before) await recordCreations(manager);
    await manager.query(`INSERT INTO seed_runs (name) VALUES ($1)`, [name]);
    return true;
  });
}

async function historyCount(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM record_change`);
  return row.n;
}

/** Record types are the entity names without "Entity": InvestmentProjectEntity → InvestmentProject. */
async function recordCreations(manager: EntityManager): Promise<void> {
  for (const metadata of manager.connection.entityMetadatas) {
    if (!metadata.versionColumn) continue;
    const recordType = metadata.name.replace(/Entity$/, '');
    const fields = auditedFields(metadata);
    for (const record of await manager.find(metadata.target)) {
      await writeChange(manager, SOURCE_RECORD_SEED, {
        recordType,
        recordId: (record as { id: string }).id,
        version: (record as { version: number }).version,
        operation: 'CREATE',
        changes: creationFields(record as Record<string, unknown>, fields),
      });
    }
  }
}
