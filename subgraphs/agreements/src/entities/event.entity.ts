import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EventKind = 'SUMMIT' | 'MEETING' | 'COMMITTEE_MEETING' | 'COUNCIL_MEETING' | 'CONFERENCE' | 'STARTUP_EVENT';
export type EventStatus = 'HELD' | 'ANNOUNCED';

/**
 * A gathering a report tells of. Its day is kept as the report gives it: a full day only when the report
 * gives one (`held_on`), otherwise its words and the parts it names (a Jalali month and days without a year).
 */
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

  @Column({ name: 'expected_direct_jobs_qualifier', type: 'varchar', length: 10, nullable: true })
  expectedDirectJobsQualifier: 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST' | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  kind: EventKind | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  status: EventStatus | null;

  @Column({ name: 'held_on_text', type: 'text', nullable: true })
  heldOnText: string | null;

  @Column({ name: 'held_jalali_year', type: 'integer', nullable: true })
  heldJalaliYear: number | null;

  @Column({ name: 'held_jalali_month', type: 'integer', nullable: true })
  heldJalaliMonth: number | null;

  @Column({ name: 'held_jalali_first_day', type: 'integer', nullable: true })
  heldJalaliFirstDay: number | null;

  @Column({ name: 'held_jalali_last_day', type: 'integer', nullable: true })
  heldJalaliLastDay: number | null;

  @Column({ name: 'duration_days', type: 'integer', nullable: true })
  durationDays: number | null;

  @Column({ name: 'purpose_fa', type: 'text', nullable: true })
  purposeFa: string | null;

  @Column({ name: 'purpose_en', type: 'text', nullable: true })
  purposeEn: string | null;

  @Column({ name: 'convener_fa', type: 'text', nullable: true })
  convenerFa: string | null;

  @Column({ name: 'convener_en', type: 'text', nullable: true })
  convenerEn: string | null;
}
