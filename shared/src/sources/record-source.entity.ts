import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which report states a record's facts, with the passage. Every subgraph has this table in its own schema:
 * the entity is shared, the rows are not.
 */
@Entity({ name: 'record_source' })
@Index(['recordType', 'recordId'])
export class RecordSourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'record_type', type: 'varchar', length: 40 })
  recordType: string;

  @Column({ name: 'record_id', type: 'varchar', length: 64 })
  recordId: string;

  @Column({ name: 'report_id', type: 'varchar', length: 40 })
  reportId: string;

  @Column({ type: 'text', nullable: true })
  excerpt: string | null;
}
