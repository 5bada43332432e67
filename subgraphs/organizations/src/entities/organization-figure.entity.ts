import { Column, Entity, PrimaryColumn } from 'typeorm';

export type FigureMetric = 'SHAREHOLDER_MUNICIPALITIES' | 'MUNICIPALITIES_IN_PROVINCE' | 'STAFF_SUPPLIED_TO_MUNICIPALITIES';
export type FigureKind = 'ACTUAL' | 'TARGET';

/** A figure as one report gave it: figures are appended, never overwritten, so their history is the table. */
@Entity({ name: 'organization_figure' })
export class OrganizationFigureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 40 })
  metric: FigureMetric;

  @Column({ type: 'varchar', length: 10 })
  kind: FigureKind;

  @Column({ type: 'integer' })
  value: number;

  /** How exactly the report states the value: "over 20,000" is AT_LEAST. */
  @Column({ type: 'varchar', length: 10, default: 'EXACT' })
  qualifier: 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST';

  @Column({ name: 'as_of_text', type: 'text', nullable: true })
  asOfText: string | null;

  @Column({ name: 'as_of', type: 'date', nullable: true })
  asOf: string | null;

  @Column({ name: 'report_id', type: 'varchar', length: 40 })
  reportId: string;

  @Column({ type: 'text', nullable: true })
  excerpt: string | null;

  /** The order figures were recorded in, assigned by the database: of two achieved figures the later wins. */
  @Column({ name: 'recorded_order', type: 'bigint', insert: false, update: false })
  recordedOrder: string;
}
