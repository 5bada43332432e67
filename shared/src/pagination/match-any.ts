import { BadUserInputError } from '../errors/errors';
import { parseId } from '../reference/stable-id';
import type { SqlCondition } from './load-pages';
import { MAX_PAGE_SIZE } from './page-request';

/**
 * `t.column` is one of `values`. One value is written `= $1`, not `= ANY($1)`: then an index that starts
 * with the column and goes on with the list's order (`province_code, title_fa, id`) serves the page in
 * order, where Postgres 15 reads an `= ANY` scan as unordered and would sort every matching row.
 */
export function matchAny(column: string, values: readonly unknown[], cast = ''): SqlCondition {
  if (values.length === 1) return (bind) => `t.${column} = ${bind(values[0])}${cast}`;
  return (bind) => `t.${column} = ANY(${bind(values)}${cast ? `${cast}[]` : ''})`;
}

/**
 * `filter.ids`: only the rows with these ids, each checked to be a UUID, at most a page of them (a lookup of
 * many records by id, as the subgraphs' reference checks make). An empty list matches none.
 */
export function idsCondition(ids: readonly string[], field = 'filter.ids'): SqlCondition {
  if (ids.length > MAX_PAGE_SIZE)
    throw new BadUserInputError(field, `at most ${MAX_PAGE_SIZE} ids at a time, got ${ids.length}`, 'شناسه‌ها');
  const parsed = [...new Set(ids.map((id) => parseId(id, field)))];
  if (parsed.length === 0) return () => 'false';
  return matchAny('id', parsed, '::uuid');
}
