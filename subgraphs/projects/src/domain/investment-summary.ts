import { whereClause, type SqlCondition } from '@hamyar/shared';

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
  readonly status?: string;
  readonly started_jalali_year?: number | null;
  readonly project_count: number;
  readonly projects_with_budget: number;
  readonly budget_min: string;
  readonly budget_max: string;
  readonly expected_jobs: number;
}

/**
 * The investment summary as one SQL aggregation: counts and exact sums (numeric, returned as text so no
 * amount passes through a JS number) per group of the requested keys, over the filtered projects.
 */
export function investmentSummarySql(groupBy: readonly InvestmentGrouping[], conditions: readonly SqlCondition[]): { text: string; params: unknown[] } {
  const columns = [...new Set(groupBy)].map((g) => GROUP_COLUMNS[g]);
  const where = whereClause(conditions);
  const keys = columns.map((c) => `t.${c}`).join(', ');
  const text =
    `SELECT ${columns.map((c) => `t.${c} AS ${c}, `).join('')}` +
    `count(*)::int AS project_count, count(t.budget_min_rials)::int AS projects_with_budget, ` +
    `COALESCE(sum(t.budget_min_rials), 0)::text AS budget_min, COALESCE(sum(t.budget_max_rials), 0)::text AS budget_max, ` +
    `COALESCE(sum(t.expected_jobs), 0)::int AS expected_jobs ` +
    `FROM investment_project t${where.sql}` +
    (columns.length > 0 ? ` GROUP BY ${keys} ORDER BY ${keys}` : '');
  return { text, params: where.params };
}
