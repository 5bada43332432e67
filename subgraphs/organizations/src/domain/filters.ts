import { idsCondition, parseProvinceCode, searchCondition, type SqlCondition } from '@hamyar/shared';

/**
 * The filters and orders of the lists, as SQL conditions over the paged table (aliased `t`) with every value
 * bound as a parameter. Unqualified table names resolve to the subgraph's own schema (its search_path).
 */

export interface OrganizationFilter {
  readonly ids?: readonly string[] | null;
  readonly provinceCodes?: readonly string[] | null;
  readonly search?: string | null;
}

export interface MunicipalityFilter {
  readonly ids?: readonly string[] | null;
  readonly provinceCodes?: readonly string[] | null;
  readonly isShareholder?: boolean | null;
  readonly isProvincialCapital?: boolean | null;
  readonly search?: string | null;
}

export type OrderDirection = 'ASC' | 'DESC';

export interface ListOrder<F extends string> {
  readonly field: F;
  readonly direction?: OrderDirection | null;
}

/** Province codes checked for shape (`filter.provinceCodes`); an empty list matches no row. */
function provinceCodesCondition(codes: readonly string[] | null | undefined, field = 'filter.provinceCodes'): SqlCondition | null {
  if (codes === null || codes === undefined) return null;
  const parsed = [...new Set(codes.map((code) => parseProvinceCode(code, field)))];
  return (bind) => `t."province_code" = ANY(${bind(parsed)}::varchar[])`;
}

function present(conditions: readonly (SqlCondition | null)[]): SqlCondition[] {
  return conditions.filter((c): c is SqlCondition => c !== null);
}

function idsOf(ids: readonly string[] | null | undefined): SqlCondition | null {
  return ids === null || ids === undefined ? null : idsCondition(ids);
}

function searchOf(search: string | null | undefined): SqlCondition | null {
  return search === null || search === undefined ? null : searchCondition(search);
}

export function provinceConditions(search: string | null | undefined): SqlCondition[] {
  return present([searchOf(search)]);
}

export function organizationConditions(filter: OrganizationFilter | null | undefined): SqlCondition[] {
  if (!filter) return [];
  return present([idsOf(filter.ids), provinceCodesCondition(filter.provinceCodes), searchOf(filter.search)]);
}

/** Holds a stake in its own province's organization (with or without a known percentage). */
const HOLDS_A_STAKE =
  `EXISTS (SELECT 1 FROM shareholding s JOIN organization o ON o.id = s.organization_id ` +
  `WHERE s.municipality_id = t."id" AND o.province_code = t."province_code")`;

export function municipalityConditions(filter: MunicipalityFilter | null | undefined): SqlCondition[] {
  if (!filter) return [];
  const { isShareholder, isProvincialCapital } = filter;
  return present([
    idsOf(filter.ids),
    provinceCodesCondition(filter.provinceCodes),
    isShareholder === null || isShareholder === undefined ? null : () => (isShareholder ? HOLDS_A_STAKE : `NOT ${HOLDS_A_STAKE}`),
    isProvincialCapital === null || isProvincialCapital === undefined
      ? null
      : (bind) => `t."is_provincial_capital" = ${bind(isProvincialCapital)}`,
    searchOf(filter.search),
  ]);
}

/** Sort columns of a list; the last is the primary key, so the order is total and cursors are exact. */
export interface SqlOrder {
  readonly orderBy: readonly string[];
  readonly descending: boolean;
}

export function municipalityOrder(order: ListOrder<'NAME' | 'PROVINCE'> | null | undefined): SqlOrder {
  const descending = order?.direction === 'DESC';
  if (order?.field === 'PROVINCE') return { orderBy: ['province_code', 'name_fa', 'id'], descending };
  return { orderBy: ['name_fa', 'id'], descending };
}

export function organizationOrder(order: ListOrder<'NAME' | 'PROVINCE'> | null | undefined): SqlOrder {
  const descending = order?.direction === 'DESC';
  if (order?.field === 'NAME') return { orderBy: ['name_fa', 'id'], descending };
  return { orderBy: ['province_code', 'id'], descending };
}

export interface StatementKindFilter {
  readonly kinds?: readonly string[] | null;
}

/** Statements of these kinds (GraphQL has checked the values); an empty list matches none. */
export function statementKindConditions(kinds: readonly string[] | null | undefined): SqlCondition[] {
  if (kinds === null || kinds === undefined) return [];
  return [(bind) => `t."kind" = ANY(${bind([...new Set(kinds)])}::varchar[])`];
}
