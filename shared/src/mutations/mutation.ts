import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Identity } from '../auth/identity';
import { ConflictError, NotFoundError } from '../errors/errors';
import { creationFields, diffFields, writeChange } from '../history/history';
import type { FieldChanges } from '../history/record-change.entity';

/** A record with an id and an optimistic-locking version. */
export interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * One mutation: one transaction in which every change writes its history row, and every edit of an existing
 * record states the version it was based on. Two editors of the same version: the second gets CONFLICT and
 * nothing of its change is written.
 */
export class Mutation {
  constructor(
    readonly manager: EntityManager,
    readonly actor: Identity,
  ) {}

  /**
   * Inserts a new record at version 1 with its creation in the history. `parts` are what the record is
   * created with in other tables (a project's parties), recorded in the same history row.
   */
  async create<E extends Versioned>(
    entity: EntityTarget<E>,
    recordType: string,
    values: Partial<E> & { id: string },
    parts: Record<string, unknown> = {},
  ): Promise<E> {
    const metadata = this.manager.connection.getMetadata(entity);
    await this.manager.insert(entity, { ...values, version: 1 } as never);
    await writeChange(this.manager, this.actor, {
      recordType,
      recordId: values.id,
      version: 1,
      operation: 'CREATE',
      changes: { ...creationFields(values, auditedFields(metadata)), ...creationFields(parts, Object.keys(parts)) },
    });
    return this.manager.findOneByOrFail(entity, { id: values.id } as never);
  }

  /**
   * Locks the record for the rest of the transaction and checks it is still at `expectedVersion`: NOT_FOUND
   * when it does not exist, CONFLICT when someone changed it since the caller read it. `authorize` runs on
   * the locked record before the version check, so a caller who may not edit it learns that, not its version.
   */
  async lock<E extends Versioned>(
    entity: EntityTarget<E>,
    recordType: string,
    id: string,
    expectedVersion: number,
    authorize?: (current: E) => void | Promise<void>,
    /** The argument that named the record, for NOT_FOUND. */
    field = 'id',
  ): Promise<E> {
    const current = await this.manager
      .getRepository(entity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!current) throw new NotFoundError(recordType, id, field);
    await authorize?.(current);
    if (current.version !== expectedVersion) throw new ConflictError(recordType, id, expectedVersion, current.version);
    return current;
  }

  /** Applies `changes` to a locked record, bumps its version and records which fields changed. */
  async update<E extends Versioned>(entity: EntityTarget<E>, recordType: string, current: E, changes: Partial<E>): Promise<E> {
    const metadata = this.manager.connection.getMetadata(entity);
    const next = { ...current, ...changes };
    const fieldChanges = diffFields(current, next, auditedFields(metadata));
    return this.commitVersion(entity, recordType, current, changes, fieldChanges);
  }

  /**
   * Records a change of a record's parts kept in other tables (an agreement's parties, an organization's
   * shareholdings) as a change of the record itself: its version moves on, and its history says what changed.
   */
  async touch<E extends Versioned>(entity: EntityTarget<E>, recordType: string, current: E, fieldChanges: FieldChanges): Promise<E> {
    return this.commitVersion(entity, recordType, current, {}, fieldChanges);
  }

  private async commitVersion<E extends Versioned>(
    entity: EntityTarget<E>,
    recordType: string,
    current: E,
    changes: Partial<E>,
    fieldChanges: FieldChanges,
  ): Promise<E> {
    if (Object.keys(fieldChanges).length === 0) return current;
    const version = current.version + 1;
    await this.manager.update(entity, { id: current.id } as never, { ...changes, version } as never);
    await writeChange(this.manager, this.actor, { recordType, recordId: current.id, version, operation: 'UPDATE', changes: fieldChanges });
    return this.manager.findOneByOrFail(entity, { id: current.id } as never);
  }
}

export function runMutation<T>(dataSource: DataSource, actor: Identity, work: (mutation: Mutation) => Promise<T>): Promise<T> {
  return dataSource.transaction((manager) => work(new Mutation(manager, actor)));
}

/** The columns whose changes history keeps: all but keys, bookkeeping and derived search text. */
export function auditedFields(metadata: EntityMetadata): string[] {
  return metadata.columns
    .filter((c) => !c.isPrimary && !c.isVersion && !c.isCreateDate && !c.isUpdateDate && c.isInsert && c.propertyName !== 'searchText')
    .map((c) => c.propertyName);
}
