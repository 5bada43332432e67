import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'province_code', type: 'varchar', length: 5 })
  provinceCode: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'is_provincial_capital', type: 'boolean' })
  isProvincialCapital: boolean;

  /** Null when the record does not say. */
  @Column({ name: 'is_metropolis', type: 'boolean', nullable: true })
  isMetropolis: boolean | null;

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
