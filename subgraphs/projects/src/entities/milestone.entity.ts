import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'project_milestone' })
export class MilestoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;
}
