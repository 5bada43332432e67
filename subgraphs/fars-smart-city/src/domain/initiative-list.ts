import type { SqlCondition } from '@hamyar/shared';
import type { SmartCityArea, SmartCityStatus } from '../entities';

export interface InitiativeFilter {
  readonly areas?: readonly SmartCityArea[] | null;
  readonly statuses?: readonly SmartCityStatus[] | null;
}

/** Every list of initiatives is ordered by Persian title; the id breaks ties, so the order is total and cursors exact. */
export const INITIATIVE_ORDER = ['title_fa', 'id'] as const;

/** The filter as SQL conditions over the paged table (`t`), run in Postgres; an empty list is no condition. */
export function initiativeConditions(filter: InitiativeFilter | null | undefined): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (filter?.areas) conditions.push((bind) => `t.area = ANY(${bind(filter.areas)})`);
  if (filter?.statuses) conditions.push((bind) => `t.status = ANY(${bind(filter.statuses)})`);
  return conditions;
}
