import { randomUUID } from 'node:crypto';
import { assertMayEdit, assertSignedIn, RecordSourceEntity, type Mutation, type Versioned } from '@hamyar/shared';
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
 * Locks the record (NOT_FOUND), checks the caller may edit records of its province (FORBIDDEN), then that it
 * is still at the version the caller edited (CONFLICT): a caller who may not edit a record learns only that.
 */
export function lockForEdit<E extends Versioned>(
  m: Mutation,
  target: EditTarget<E>,
  provinceOf: (record: E) => string | Promise<string>,
  what: (record: E) => string,
): Promise<E> {
  return m.lock(
    target.entity,
    target.recordType,
    target.id,
    target.version,
    async (found) => assertMayEdit(m.actor, await provinceOf(found), what(found)),
    target.field,
  );
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
export async function cite(
  m: Mutation,
  recordType: string,
  recordId: string,
  source: { reportId: string; excerpt: string | null } | null,
): Promise<void> {
  if (!source) return;
  await m.manager.insert(RecordSourceEntity, {
    id: randomUUID(),
    recordType,
    recordId,
    reportId: source.reportId,
    excerpt: source.excerpt,
  });
}
