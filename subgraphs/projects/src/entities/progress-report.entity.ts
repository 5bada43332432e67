import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'project_progress' })
export class ProgressReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** numeric(5,2), read as an exact string. */
  @Column({ name: 'percent_complete', type: 'numeric', precision: 5, scale: 2 })
  percentComplete: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
