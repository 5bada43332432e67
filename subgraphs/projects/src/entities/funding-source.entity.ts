import { Column, Entity, PrimaryColumn } from 'typeorm';

export type FundingKind = 'OWN_FUNDS' | 'MUNICIPALITIES' | 'CAPITAL_MARKET' | 'BANK_LOAN' | 'PRIVATE_INVESTMENT' | 'GOVERNMENT' | 'OTHER';

@Entity({ name: 'funding_source' })
export class FundingSourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: FundingKind;

  @Column({ name: 'name_fa', type: 'text', nullable: true })
  nameFa: string | null;

  @Column({ name: 'amount_rials', type: 'numeric', precision: 30, scale: 0, nullable: true })
  amountRials: string | null;
}
