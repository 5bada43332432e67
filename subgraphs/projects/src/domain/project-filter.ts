import {
  BadUserInputError,
  idsCondition,
  matchAny,
  parseDateRange,
  parseId,
  parseMoneyRange,
  parseProvinceCode,
  searchCondition,
  sortKeyRange,
  type SqlCondition,
} from '@hamyar/shared';
import type { FundingKind } from '../entities/funding-source.entity';
import type { ProjectSector, ProjectStatus } from '../entities/investment-project.entity';

export interface ProjectFilter {
  readonly ids?: readonly string[] | null;
  readonly search?: string | null;
  readonly provinceCodes?: readonly string[] | null;
  readonly organizationIds?: readonly string[] | null;
  readonly sectors?: readonly ProjectSector[] | null;
  readonly statuses?: readonly ProjectStatus[] | null;
  readonly budget?: { minRials?: bigint | null; maxRials?: bigint | null } | null;
  readonly startedOn?: {
    from?: { iso?: string | null; jalali?: string | null } | null;
    to?: { iso?: string | null; jalali?: string | null } | null;
  } | null;
  readonly fundingKinds?: readonly FundingKind[] | null;
  readonly isSynthetic?: boolean | null;
}

/**
 * The SQL conditions of a project filter, checked first: every value is validated (naming its field) before
 * any of it reaches SQL. Shared by the lists and the investment summary, so both count the same projects.
 */
export function projectConditions(filter: ProjectFilter | null | undefined, order?: ProjectOrderInput | null): SqlCondition[] {
  if (!filter) return [];
  // A range on the column the list is ordered by is written on that order's index key (sortKeyRange).
  const orderedBy = (field: ProjectOrderField) => (order?.field ?? 'TITLE') === field;
  const descending = order?.direction === 'DESC';
  const conditions: SqlCondition[] = [];
  if (filter.ids) conditions.push(idsCondition(filter.ids));
  if (filter.search != null) {
    const search = searchCondition(filter.search);
    if (search) conditions.push(search);
  }
  if (filter.provinceCodes) {
    const codes = filter.provinceCodes.map((code) => parseProvinceCode(code, 'filter.provinceCodes'));
    conditions.push(matchAny('province_code', codes));
  }
  if (filter.organizationIds) {
    const ids = filter.organizationIds.map((id) => parseId(id, 'filter.organizationIds'));
    conditions.push(matchAny('organization_id', ids, '::uuid'));
  }
  if (filter.sectors) {
    const sectors = filter.sectors;
    conditions.push((bind) => `t.sector = ANY(${bind(sectors)})`);
  }
  if (filter.statuses) {
    const statuses = filter.statuses;
    conditions.push((bind) => `t.status = ANY(${bind(statuses)})`);
  }
  if (filter.budget) {
    const { min, max } = parseMoneyRange(filter.budget, 'filter.budget');
    if (min !== null && orderedBy('BUDGET'))
      conditions.push(...sortKeyRange('budget_max_rials', 'numeric', descending, { from: min.toString() }));
    else if (min !== null) conditions.push((bind) => `t.budget_max_rials >= ${bind(min.toString())}::numeric`);
    if (max !== null) conditions.push((bind) => `t.budget_min_rials <= ${bind(max.toString())}::numeric`);
  }
  if (filter.startedOn) {
    const { from, to } = parseDateRange(filter.startedOn, 'filter.startedOn');
    if (orderedBy('STARTED_ON')) {
      conditions.push(...sortKeyRange('started_on', 'date', descending, { from, to }));
    } else {
      if (from) conditions.push((bind) => `t.started_on >= ${bind(from)}::date`);
      if (to) conditions.push((bind) => `t.started_on <= ${bind(to)}::date`);
    }
  }
  if (filter.fundingKinds) {
    if (filter.fundingKinds.length === 0)
      throw new BadUserInputError('filter.fundingKinds', 'name at least one kind, or leave the field out');
    const kinds = filter.fundingKinds;
    conditions.push((bind) => `EXISTS (SELECT 1 FROM funding_source f WHERE f.project_id = t.id AND f.kind = ANY(${bind(kinds)}))`);
  }
  if (filter.isSynthetic != null) {
    const synthetic = filter.isSynthetic;
    conditions.push((bind) => `t.is_synthetic = ${bind(synthetic)}`);
  }
  return conditions;
}

/** Database columns each order field sorts by; the id always comes last so the order is total. */
export const PROJECT_ORDER_COLUMNS = {
  TITLE: 'title_fa',
  BUDGET: 'budget_max_rials',
  STARTED_ON: 'started_on',
  CREATED_AT: 'created_at',
  EXPECTED_JOBS: 'expected_jobs',
} as const;

export type ProjectOrderField = keyof typeof PROJECT_ORDER_COLUMNS;

/** `ProjectOrder` as GraphQL hands it over. */
export interface ProjectOrderInput {
  readonly field: ProjectOrderField;
  readonly direction?: 'ASC' | 'DESC' | null;
}

export function projectOrder(order: ProjectOrderInput | null | undefined) {
  const field = order?.field ?? 'TITLE';
  return { orderBy: [PROJECT_ORDER_COLUMNS[field], 'id'], descending: order?.direction === 'DESC' };
}
