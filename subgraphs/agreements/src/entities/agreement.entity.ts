import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type AgreementStatus = 'PROPOSED' | 'SIGNED' | 'IN_IMPLEMENTATION' | 'COMPLETED' | 'TERMINATED';

/** A value of the record not stated for this record itself, and why the record holds it. */
export interface Derivation {
  readonly field: string;
  readonly reasonFa: string;
  readonly reasonEn: string;
}

@Entity({ name: 'agreement' })
export class AgreementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** ASCII digits, the search key: "۴۱۳۴" and "٤١٣٤" are stored and found as 4134. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ name: 'number_as_reported', type: 'text', nullable: true })
  numberAsReported: string | null;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'description_fa', type: 'text', nullable: true })
  descriptionFa: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  /** Generated: the signing day, undated agreements last; the keyset of the newest-first lists. */
  @Column({ name: 'signed_order', type: 'date', insert: false, update: false })
  signedOrder: string;

  @Column({ type: 'varchar', length: 20 })
  status: AgreementStatus;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** The day it was ended before fulfilment (status TERMINATED). */
  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  /** The province that registered it, whose editors make agreement-level changes; null: national. */
  @Column({ name: 'registered_by', type: 'varchar', length: 5, nullable: true })
  registeredBy: string | null;

  @Column({ name: 'expected_jobs', type: 'integer', nullable: true })
  expectedJobs: number | null;

  /**
   * The fields whose values the record derived rather than read in a report about this agreement, each
   * with the reason (the summit's areas, reported for all twelve provinces together, applied to each pair).
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  derivations: Derivation[];

  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  /**
   * Derived: titles, description and number normalised (normalizePersian) and joined, the column search
   * looks in (trigram index). Rewritten on every write; history leaves it out.
   */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  /** Kept to the millisecond (the CREATED_AT order's key): as much as a JS Date holds, so values round-trip exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
