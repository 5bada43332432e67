import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ProjectPartyRole = 'OWNER' | 'IMPLEMENTER' | 'FUNDER';

@Entity({ name: 'project_party' })
export class ProjectPartyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'name_fa', type: 'text' })
  nameFa: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'varchar', length: 20 })
  role: ProjectPartyRole;
}
