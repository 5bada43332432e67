import { whereClause, type SqlCondition } from '@hamyar/shared';
import type { FigureQualifier } from '../entities/investment-project.entity';
import type { ProjectFilter } from './project-filter';

export type InvestmentGrouping = 'PROVINCE' | 'SECTOR' | 'STATUS' | 'YEAR';

const GROUP_COLUMNS: Record<InvestmentGrouping, string> = {
  PROVINCE: 'province_code',
  SECTOR: 'sector',
  STATUS: 'status',
  YEAR: 'started_jalali_year',
};

export interface InvestmentSummaryRow {
  readonly province_code?: string;
  readonly sector?: string;
  readonly status?: string | null;
  readonly started_jalali_year?: number | null;
  readonly project_count: number;
  readonly projects_with_budget: number;
  readonly budget_ranges: number;
  /** Null when no project of the group has a reported budget: unknown, not zero. */
  readonly budget_min: string | null;
  readonly budget_max: string | null;
  readonly projects_with_jobs: number;
  readonly expected_jobs: string | null;
  readonly jobs_at_least: number;
  readonly jobs_at_most: number;
  readonly jobs_about: number;
  readonly projects_without_status: number;
}

/**
 * The filter fields the rollup (project_investment_rollup, kept by triggers) has a key for. Text search, the
 * budget span, the start-date span and funding kinds select projects by what the rollup does not keep, so a
 * summary filtered by any of them is computed from the projects themselves, exactly, at the cost of a scan.
 */
const ROLLUP_FILTER_FIELDS: ReadonlySet<string> = new Set<keyof ProjectFilter>([
  'provinceCodes',
  'organizationIds',
  'sectors',
  'statuses',
  'isSynthetic',
]);

/** Whether the rollup can answer a summary under this filter: every condition it sets is on a rollup key. */
export function rollupServes(filter: ProjectFilter | null | undefined): boolean {
  return Object.entries(filter ?? {}).every(([field, value]) => value == null || ROLLUP_FILTER_FIELDS.has(field));
}

/**
 * The investment summary as one SQL aggregation: counts and exact sums (numeric, returned as text so no
 * amount passes through a JS number) per group of the requested keys, over the filtered projects. Sums run
 * over reported values only and are NULL when a group has none; how many projects had no value is counted
 * beside them, and how many of the summed job figures were bounds or approximations.
 *
 * From `rollup`, it adds up the rollup's rows (one per combination of its keys, a few thousand at national
 * scale) rather than the projects; the rollup keeps, beside each sum, how many projects reported the figure,
 * so a sum over none is still NULL. Its groups whose projects were all deleted are skipped, as the projects
 * table would have no row for them. From `projects`, it aggregates the filtered projects: the exact path for
 * filters the rollup cannot serve (`rollupServes`), and the reference the rollup is tested against.
 */
export function investmentSummarySql(
  groupBy: readonly InvestmentGrouping[],
  conditions: readonly SqlCondition[],
  source: 'rollup' | 'projects',
): { text: string; params: unknown[] } {
  const columns = [...new Set(groupBy)].map((g) => GROUP_COLUMNS[g]);
  const where = whereClause(conditions);
  const keys = columns.map((c) => `t.${c}`).join(', ');
  const measures =
    source === 'projects'
      ? `count(*)::int AS project_count, count(t.budget_min_rials)::int AS projects_with_budget, ` +
        `count(*) FILTER (WHERE t.budget_max_rials > t.budget_min_rials)::int AS budget_ranges, ` +
        `sum(t.budget_min_rials)::text AS budget_min, sum(t.budget_max_rials)::text AS budget_max, ` +
        `count(t.expected_jobs)::int AS projects_with_jobs, sum(t.expected_jobs)::text AS expected_jobs, ` +
        `count(*) FILTER (WHERE t.expected_jobs_qualifier = 'AT_LEAST')::int AS jobs_at_least, ` +
        `count(*) FILTER (WHERE t.expected_jobs_qualifier = 'AT_MOST')::int AS jobs_at_most, ` +
        `count(*) FILTER (WHERE t.expected_jobs_qualifier = 'ABOUT')::int AS jobs_about, ` +
        `(count(*) - count(t.status))::int AS projects_without_status ` +
        `FROM investment_project t`
      : `COALESCE(sum(t.project_count), 0)::int AS project_count, COALESCE(sum(t.projects_with_budget), 0)::int AS projects_with_budget, ` +
        `COALESCE(sum(t.budget_ranges), 0)::int AS budget_ranges, ` +
        `(CASE WHEN sum(t.projects_with_budget) > 0 THEN sum(t.budget_min_sum) END)::text AS budget_min, ` +
        `(CASE WHEN sum(t.projects_with_budget) > 0 THEN sum(t.budget_max_sum) END)::text AS budget_max, ` +
        `COALESCE(sum(t.projects_with_jobs), 0)::int AS projects_with_jobs, ` +
        `(CASE WHEN sum(t.projects_with_jobs) > 0 THEN sum(t.expected_jobs_sum) END)::text AS expected_jobs, ` +
        `COALESCE(sum(t.jobs_at_least), 0)::int AS jobs_at_least, COALESCE(sum(t.jobs_at_most), 0)::int AS jobs_at_most, ` +
        `COALESCE(sum(t.jobs_about), 0)::int AS jobs_about, ` +
        `COALESCE(sum(t.project_count) FILTER (WHERE t.status IS NULL), 0)::int AS projects_without_status ` +
        `FROM project_investment_rollup t`;
  const text =
    `SELECT ${columns.map((c) => `t.${c} AS ${c}, `).join('')}${measures}${where.sql}` +
    (columns.length > 0 ? ` GROUP BY ${keys}${source === 'rollup' ? ' HAVING sum(t.project_count) > 0' : ''} ORDER BY ${keys}` : '');
  return { text, params: where.params };
}

/**
 * How exactly a sum of reported figures is known: null when nothing was summed; EXACT when every figure
 * was; AT_LEAST when some were lower bounds ("over 20,000") and none upper bounds, AT_MOST the other way
 * round; ABOUT when any was an approximation or bounds point both ways.
 */
export function sumQualifier(counts: { summed: number; atLeast: number; atMost: number; about: number }): FigureQualifier | null {
  if (counts.summed === 0) return null;
  if (counts.about > 0 || (counts.atLeast > 0 && counts.atMost > 0)) return 'ABOUT';
  if (counts.atLeast > 0) return 'AT_LEAST';
  if (counts.atMost > 0) return 'AT_MOST';
  return 'EXACT';
}
