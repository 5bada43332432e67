import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'event' })
export class EventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'city_fa', type: 'text', nullable: true })
  cityFa: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 5, nullable: true })
  provinceCode: string | null;

  @Column({ name: 'host_organization_id', type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  @Column({ name: 'host_name_fa', type: 'text', nullable: true })
  hostNameFa: string | null;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn: string | null;

  @Column({ name: 'reported_agreement_count', type: 'integer', nullable: true })
  reportedAgreementCount: number | null;

  @Column({ name: 'reported_partner_province_count', type: 'integer', nullable: true })
  reportedPartnerProvinceCount: number | null;

  @Column({ name: 'expected_direct_jobs', type: 'integer', nullable: true })
  expectedDirectJobs: number | null;
}
