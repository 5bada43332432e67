import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'subsidiary_company' })
export class SubsidiaryCompanyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'activity_fa', type: 'text', nullable: true })
  activityFa: string | null;

  @Column({ name: 'activity_en', type: 'text', nullable: true })
  activityEn: string | null;

  @Column({ name: 'location_fa', type: 'text', nullable: true })
  locationFa: string | null;

  /** Derived: the searchable fields normalised (normalizePersian), written with every change; not audited. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @VersionColumn({ type: 'integer' })
  version: number;
}
