import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from '../database/batch-size';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '../auth/identity';
import { RecordChangeEntity, type ChangeOperation, type FieldChanges } from './record-change.entity';

export async function writeChange(
  manager: EntityManager,
  actor: Identity,
  change: { recordType: string; recordId: string; version: number; operation: ChangeOperation; changes: FieldChanges },
): Promise<void> {
  await manager.insert(RecordChangeEntity, {
    id: randomUUID(),
    ...change,
    actorSubject: actor.subject,
    actorRole: actor.role,
    actorProvince: actor.provinceCode,
  } as never);
}

/** The fields that differ between two snapshots, each with its value before and after. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const a = normalize(before[field]);
    const b = normalize(after[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = { before: a, after: b };
  }
  return changes;
}

/** A new record's fields, all "before" unset. */
export function creationFields(record: Record<string, unknown>, fields: readonly string[]): FieldChanges {
  return diffFields({}, record, fields);
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** What the shared `RecordChange` type resolves from. */
export interface RecordChangeView {
  readonly version: number;
  readonly operation: ChangeOperation;
  readonly changedAt: string;
  readonly actor: { subject: string | null; role: string; provinceCode: string | null };
  readonly changes: { field: string; before: string | null; after: string | null }[];
  readonly reason: string | null;
}

function view(row: RecordChangeEntity): RecordChangeView {
  return {
    version: row.version,
    operation: row.operation,
    changedAt: row.changedAt.toISOString(),
    actor: { subject: row.actorSubject, role: row.actorRole, provinceCode: row.actorProvince },
    changes: Object.entries(row.changes).map(([field, { before, after }]) => ({
      field,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    })),
    reason: row.reason,
  };
}

/** Per request: the history of records, oldest change first, all parents' in one statement. */
export function historyLoader(dataSource: DataSource): DataLoader<string, RecordChangeView[]> {
  return new DataLoader<string, RecordChangeView[]>(async (keys) => {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    const rows = await dataSource.getRepository(RecordChangeEntity).find({
      where: { recordType: In([...new Set(pairs.map(([type]) => type))]), recordId: In(pairs.map(([, id]) => id)) },
      order: { version: 'ASC', changedAt: 'ASC' },
    });
    const byKey = new Map<string, RecordChangeView[]>();
    for (const row of rows) {
      const key = `${row.recordType}|${row.recordId}`;
      byKey.set(key, [...(byKey.get(key) ?? []), view(row)]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }, BATCH_OPTIONS);
}
