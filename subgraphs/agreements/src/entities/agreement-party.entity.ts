import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AgreementPartyRole = 'SIGNATORY' | 'COORDINATOR' | 'IMPLEMENTER';

/** A party: a cooperation organization by federation key, or another body by name. */
@Entity({ name: 'agreement_party' })
export class AgreementPartyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'name_fa', type: 'text', nullable: true })
  nameFa: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 5, nullable: true })
  provinceCode: string | null;

  @Column({ type: 'varchar', length: 20 })
  role: AgreementPartyRole;

  @Column({ type: 'integer' })
  position: number;

  /**
   * The agreement's signed_order, copied by triggers (migration PartyAgreementOrder1768000000710), never
   * written or read here: the key of the per-province and per-organization pages of agreements.
   */
  @Column({ name: 'agreement_signed_order', type: 'date', select: false, insert: false, update: false })
  agreementSignedOrder: string;
}
