import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '../auth/identity';

export type ChangeOperation = 'CREATE' | 'UPDATE' | 'DELETE';

/** One field's value before and after a change, as JSON values (null when the field was unset). */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The history of every record: who changed which fields, when, from what to what. Written in the same
 * transaction as the change itself, so a change without its history row cannot exist. Never updated.
 */
@Entity({ name: 'record_change' })
@Index('record_change_page', ['recordType', 'recordId', 'version', 'id'])
export class RecordChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'record_type', type: 'varchar', length: 40 })
  recordType: string;

  @Column({ name: 'record_id', type: 'varchar', length: 64 })
  recordId: string;

  /** The record's version after the change. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 10 })
  operation: ChangeOperation;

  @Column({ name: 'actor_subject', type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: Role;

  @Column({ name: 'actor_province', type: 'varchar', length: 5, nullable: true })
  actorProvince: string | null;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'jsonb' })
  changes: FieldChanges;

  /** Why the change was made, where recorded: a correction of the source record cites its passage. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
