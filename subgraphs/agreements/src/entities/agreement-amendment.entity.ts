import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An amendment of an agreement (OCDS): when, what it changed in words, and the agreement version it produced. */
@Entity({ name: 'agreement_amendment' })
export class AgreementAmendmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'amended_on', type: 'date' })
  amendedOn: string;

  @Column({ type: 'text' })
  summary: string;

  /** The agreement's version after the amendment; null for an amendment recorded without one. */
  @Column({ name: 'agreement_version', type: 'integer', nullable: true })
  agreementVersion: number | null;
}
