import type { SqlCondition } from './load-pages';

/**
 * `t.column` is one of `values`. One value is written `= $1`, not `= ANY($1)`: then an index that starts
 * with the column and goes on with the list's order (`province_code, title_fa, id`) serves the page in
 * order, where Postgres 15 reads an `= ANY` scan as unordered and would sort every matching row.
 */
export function matchAny(column: string, values: readonly unknown[], cast = ''): SqlCondition {
  if (values.length === 1) return (bind) => `t.${column} = ${bind(values[0])}${cast}`;
  return (bind) => `t.${column} = ANY(${bind(values)}${cast ? `${cast}[]` : ''})`;
}
