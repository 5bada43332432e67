import { randomUUID } from 'node:crypto';
import { assertMayEdit, assertSignedIn, NotFoundError, RecordSourceEntity, type Identity, type Mutation, type Versioned } from '@hamyar/shared';
import type { EntityTarget } from 'typeorm';
import { OrganizationEntity } from '../entities';

/** The public may not write: refused before any lookup. */
export const requireSignedIn = assertSignedIn;

export interface EditTarget<E extends Versioned> {
  readonly entity: EntityTarget<E>;
  readonly recordType: string;
  readonly id: string;
  readonly version: number;
  /** The argument that named the record, for NOT_FOUND. */
  readonly field: string;
}

/**
 * Finds the record (NOT_FOUND), checks the caller may edit records of its province (FORBIDDEN), then locks
 * it for the rest of the transaction at the version the caller edited (CONFLICT). Authorization comes before
 * the version check, so a caller who may not edit a record learns only that. A record's province never
 * changes, so reading it before the lock is safe.
 */
export async function lockForEdit<E extends Versioned>(
  m: Mutation,
  target: EditTarget<E>,
  provinceOf: (record: E) => string | Promise<string>,
  what: (record: E) => string,
): Promise<E> {
  const found = await m.manager.findOneBy(target.entity, { id: target.id } as never);
  if (!found) throw new NotFoundError(target.recordType, target.id, target.field);
  assertMayEdit(m.actor, await provinceOf(found), what(found));
  return m.lock(target.entity, target.recordType, target.id, target.version);
}

export function lockOrganization(m: Mutation, id: string, version: number, field: string): Promise<OrganizationEntity> {
  return lockForEdit(
    m,
    { entity: OrganizationEntity, recordType: 'Organization', id, version, field },
    (o) => o.provinceCode,
    (o) => `the organization of ${o.provinceCode}`,
  );
}

/** Cites the report a new record is known from, in the same transaction. */
export async function cite(m: Mutation, recordType: string, recordId: string, source: { reportId: string; excerpt: string | null } | null): Promise<void> {
  if (!source) return;
  await m.manager.insert(RecordSourceEntity, { id: randomUUID(), recordType, recordId, reportId: source.reportId, excerpt: source.excerpt });
}
