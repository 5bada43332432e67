import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person a report names, or an office holder it names by role alone (then the name is null): the role is
 * what the report says they are, in the body it says.
 */
@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'name_fa', type: 'text', nullable: true })
  nameFa: string | null;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'role_fa', type: 'text', nullable: true })
  roleFa: string | null;

  @Column({ name: 'role_en', type: 'text', nullable: true })
  roleEn: string | null;

  /** The cooperation organization the role is in, when it is one. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** The body the role is in when it is not a cooperation organization, as reported. */
  @Column({ name: 'body_fa', type: 'text', nullable: true })
  bodyFa: string | null;

  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ name: 'province_code', type: 'varchar', length: 5, nullable: true })
  provinceCode: string | null;
}
