import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ProjectSector =
  'ENERGY' | 'WASTE_MANAGEMENT' | 'ROADS_AND_PAVING' | 'HEALTH' | 'PUBLIC_BUILDINGS' | 'TECHNOLOGY' | 'TRADE' | 'TOURISM' | 'OTHER';
export type ProjectStatus = 'PROPOSED' | 'APPROVED' | 'IN_PROGRESS' | 'SUSPENDED' | 'COMPLETED' | 'CANCELLED';
export type FigureQualifier = 'EXACT' | 'AT_LEAST' | 'ABOUT' | 'AT_MOST';

@Entity({ name: 'investment_project' })
export class InvestmentProjectEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Federation key of an Organization in the organizations subgraph; never joined here. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'province_code', type: 'varchar', length: 5 })
  provinceCode: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ name: 'title_fa', type: 'text' })
  titleFa: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'description_fa', type: 'text', nullable: true })
  descriptionFa: string | null;

  @Column({ type: 'varchar', length: 30 })
  sector: ProjectSector;

  /** Null when no report states where the project stands: unknown, never guessed. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  status: ProjectStatus | null;

  /** numeric(30,0): exact rials, read as strings. */
  @Column({ name: 'budget_min_rials', type: 'numeric', precision: 30, scale: 0, nullable: true })
  budgetMinRials: string | null;

  @Column({ name: 'budget_max_rials', type: 'numeric', precision: 30, scale: 0, nullable: true })
  budgetMaxRials: string | null;

  @Column({ name: 'budget_reported_text', type: 'text', nullable: true })
  budgetReportedText: string | null;

  @Column({ name: 'budget_reported_unit', type: 'varchar', length: 10, nullable: true })
  budgetReportedUnit: 'RIAL' | 'TOMAN' | null;

  @Column({ name: 'expected_jobs', type: 'integer', nullable: true })
  expectedJobs: number | null;

  /** How exactly the job count was reported ("over 20,000" is AT_LEAST); set exactly when expectedJobs is. */
  @Column({ name: 'expected_jobs_qualifier', type: 'varchar', length: 10, nullable: true })
  expectedJobsQualifier: FigureQualifier | null;

  @Column({ name: 'capacity_value', type: 'numeric', nullable: true })
  capacityValue: string | null;

  @Column({ name: 'capacity_unit', type: 'varchar', length: 20, nullable: true })
  capacityUnit: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'planned_completion_on', type: 'date', nullable: true })
  plannedCompletionOn: string | null;

  /** The Jalali year of `startedOn`, kept on write so summaries can group by it in SQL. */
  @Column({ name: 'started_jalali_year', type: 'integer', nullable: true })
  startedJalaliYear: number | null;

  /** normalizePersian of the title and description, written with the record: what search matches. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Column({ name: 'is_synthetic', type: 'boolean', default: false })
  isSynthetic: boolean;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
