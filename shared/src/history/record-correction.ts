import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { SOURCE_RECORD_CORRECTION } from '../auth/identity';
import type { ChangeOperation, FieldChanges } from './record-change.entity';

/**
 * What a migration that corrects the source record uses: plain SQL (a migration must not depend on today's
 * entities, which later migrations may change), each change written to the history with its reason and the
 * correction as its actor, the record's version moving on as with any edit.
 */
export class RecordCorrection {
  constructor(
    private readonly db: QueryRunner,
    private readonly reason: string,
  ) {}

  /** Whether the named seed has run on this database, i.e. whether there is a seeded record to correct. */
  static async seeded(db: QueryRunner, seedName: string): Promise<boolean> {
    const [table] = await db.query(`SELECT to_regclass('seed_runs') IS NOT NULL AS present`);
    if (!table.present) return false;
    return (await db.query(`SELECT 1 FROM seed_runs WHERE name = $1`, [seedName])).length > 0;
  }

  /**
   * Sets columns of a versioned record when it still holds the value being corrected (`expected`): a record
   * an editor has changed since is left as the editor made it. Returns whether it was corrected.
   */
  async update(
    table: string,
    recordType: string,
    id: string,
    fields: readonly { column: string; field: string; expected: unknown; value: unknown }[],
  ): Promise<boolean> {
    const [row] = await this.db.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!row || fields.some((f) => !sameValue(row[f.column], f.expected))) return false;
    const version = Number(row.version) + 1;
    const assignments = fields.map((f, i) => `${f.column} = $${i + 2}`).join(', ');
    await this.db.query(`UPDATE ${table} SET ${assignments}, version = ${version} WHERE id = $1`, [
      id,
      ...fields.map((f) => sqlValue(f.value)),
    ]);
    const changes: FieldChanges = Object.fromEntries(fields.map((f) => [f.field, { before: f.expected ?? null, after: f.value ?? null }]));
    await this.write(recordType, id, version, 'UPDATE', changes);
    return true;
  }

  /** Records a change of a record's parts kept in other tables (an organization's subsidiaries). */
  async touch(table: string, recordType: string, id: string, changes: FieldChanges): Promise<void> {
    const [row] = returned(await this.db.query(`UPDATE ${table} SET version = version + 1 WHERE id = $1 RETURNING version`, [id]));
    if (row) await this.write(recordType, id, Number(row.version), 'UPDATE', changes);
  }

  /** Deletes a versioned record, keeping its last values in the history. Returns the deleted row, if any. */
  async delete(table: string, recordType: string, id: string, fields: Record<string, string>): Promise<Record<string, unknown> | null> {
    const [row] = returned(await this.db.query(`DELETE FROM ${table} WHERE id = $1 RETURNING *`, [id]));
    if (!row) return null;
    const changes: FieldChanges = Object.fromEntries(
      Object.entries(fields).map(([field, column]) => [field, { before: row[column] ?? null, after: null }]),
    );
    await this.write(recordType, id, Number(row.version) + 1, 'DELETE', changes);
    return row;
  }

  private async write(
    recordType: string,
    recordId: string,
    version: number,
    operation: ChangeOperation,
    changes: FieldChanges,
  ): Promise<void> {
    const actor = SOURCE_RECORD_CORRECTION;
    await this.db.query(
      `INSERT INTO record_change (id, record_type, record_id, version, operation, actor_subject, actor_role, actor_province, changes, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        randomUUID(),
        recordType,
        recordId,
        version,
        operation,
        actor.subject,
        actor.role,
        actor.provinceCode,
        JSON.stringify(changes),
        this.reason,
      ],
    );
  }
}

/** The rows of an UPDATE or DELETE … RETURNING: TypeORM answers those with [rows, affected count]. */
export function returned(result: unknown): Record<string, unknown>[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as Record<string, unknown>[];
}

/** Compares a column as the driver read it (JSON columns come parsed) with the value a correction expects. */
function sameValue(actual: unknown, expected: unknown): boolean {
  const a = actual ?? null;
  const e = expected ?? null;
  if (a === null || e === null) return a === e;
  if (typeof a === 'object') return JSON.stringify(a) === JSON.stringify(e);
  return String(a) === String(e);
}

function sqlValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}
