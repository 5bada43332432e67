import { Column, Entity, PrimaryColumn } from 'typeorm';

export type StatementKind =
  'AIM' | 'PLAN' | 'RECOMMENDATION' | 'EXPECTATION' | 'FORECAST' | 'ANNOUNCEMENT' | 'ASSESSMENT' | 'APPROACH' | 'DIRECTIVE';
export type FigureQualifier = 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST' | 'RANGE';

/**
 * What a report attributes to someone: an aim, a plan, a recommendation, a forecast… kept as said, never as
 * done. A figure said with it keeps its qualifier and says what it counts.
 */
@Entity({ name: 'statement' })
export class StatementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: StatementKind;

  @Column({ name: 'summary_fa', type: 'text' })
  summaryFa: string;

  @Column({ name: 'summary_en', type: 'text' })
  summaryEn: string;

  /** Who the report attributes it to, in its words (a person, a body, or the publisher itself). */
  @Column({ name: 'attributed_to_fa', type: 'text' })
  attributedToFa: string;

  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  /** The cooperation organization it speaks for or about. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** Federation key of the Event (agreements subgraph) where it was said. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** Federation key of the InvestmentProject (projects subgraph) it concerns. */
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ name: 'figure_value', type: 'bigint', nullable: true })
  figureValue: string | null;

  @Column({ name: 'figure_max', type: 'bigint', nullable: true })
  figureMax: string | null;

  @Column({ name: 'figure_qualifier', type: 'varchar', length: 10, nullable: true })
  figureQualifier: FigureQualifier | null;

  @Column({ name: 'figure_reported_text', type: 'text', nullable: true })
  figureReportedText: string | null;

  @Column({ name: 'figure_unit_fa', type: 'text', nullable: true })
  figureUnitFa: string | null;

  /** What the figure counts, as the report attributes it (e.g. municipalities, not the organization). */
  @Column({ name: 'figure_about_fa', type: 'text', nullable: true })
  figureAboutFa: string | null;

  @Column({ name: 'figure_about_en', type: 'text', nullable: true })
  figureAboutEn: string | null;

  @Column({ name: 'report_id', type: 'varchar', length: 40 })
  reportId: string;

  /** Its place in the report, so a report's statements list in the report's order. */
  @Column({ type: 'integer' })
  position: number;
}
