import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'province' })
export class ProvinceEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'capital_fa', type: 'text' })
  capitalFa: string;

  @Column({ name: 'capital_en', type: 'text' })
  capitalEn: string;

  /** Derived: the searchable fields normalised (normalizePersian), written with every change; not audited. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;
}
