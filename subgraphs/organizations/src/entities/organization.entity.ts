import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'organization' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'province_code', type: 'varchar', length: 5, unique: true })
  provinceCode: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'ceo_name_fa', type: 'text', nullable: true })
  ceoNameFa: string | null;

  @Column({ name: 'ceo_name_en', type: 'text', nullable: true })
  ceoNameEn: string | null;

  /** Derived: the searchable fields normalised (normalizePersian), written with every change; not audited. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
