import type { SqlCondition } from './load-pages';

/** A range filter's bounds, ISO dates or whole numbers as text; either may be absent. */
export interface SortKeyBounds {
  readonly from?: string | null;
  readonly to?: string | null;
}

/**
 * `from <= t.column <= to`, written on the expression a list sorted by that column pages over (`key`, e.g.
 * `COALESCE(t.started_on, 'infinity'::date)`, see sortKeyExpression), so a list filtered by a range of its
 * own sort column (and direction) reads just that range of its index instead of walking from the index's first entry. The
 * result is the same rows as the plain bounds: a row without a value sorts at ±infinity, so a finite bound
 * on the far side already leaves it out, and where no such bound exists `t.column IS NOT NULL` does.
 */
export function sortKeyRange(
  column: string,
  type: 'date' | 'numeric',
  descending: boolean,
  bounds: SortKeyBounds,
  key = `COALESCE(t.${column}, '${descending ? '-' : ''}infinity'::${type})`,
): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (bounds.from != null) conditions.push((bind) => `${key} >= ${bind(bounds.from)}::${type}`);
  if (bounds.to != null) conditions.push((bind) => `${key} <= ${bind(bounds.to)}::${type}`);
  // Ascending, unknowns sort at +infinity and only an upper bound leaves them out; descending, at -infinity.
  const unknownsExcluded = descending ? bounds.from != null : bounds.to != null;
  if (conditions.length > 0 && !unknownsExcluded) conditions.push(() => `t.${column} IS NOT NULL`);
  return conditions;
}
