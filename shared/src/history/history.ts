import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ConnectionLoaders } from '../pagination/connection-loaders';
import { mapConnection, type Connection } from '../pagination/connection';
import type { ConnectionArgs } from '../pagination/page-request';
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

/** The sort keys of a history page: the record's versions in order, the row id breaking a tie. */
const HISTORY_ORDER = ['version', 'id'] as const;

/**
 * One page of a record's history, oldest change first, through the request's connection loaders: the pages
 * of every record of one type asked for in a request come from one statement (a LATERAL per record over
 * the index `record_change_page`), so a history that only grows is read a bounded page at a time.
 */
export async function historyPage(
  connections: ConnectionLoaders,
  recordType: string,
  recordId: string,
  args: ConnectionArgs,
): Promise<Connection<RecordChangeView>> {
  const page = await connections.load(`${recordType}.history`, args, recordId, (keys, request) => ({
    entity: RecordChangeEntity,
    grouping: { column: 'record_id', keys },
    where: [(bind) => `t.record_type = ${bind(recordType)}`],
    orderBy: HISTORY_ORDER,
    page: request,
  }));
  return mapConnection(page, view);
}
