import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { cursorKindOf, decodeCursor, encodeCursor } from './cursor';
import { connectionFromEdges, emptyConnection, type Connection, type Edge } from './connection';
import type { PageRequest } from './page-request';

/** Binds a value as the next `$n` placeholder and returns the placeholder. */
export type Bind = (value: unknown) => string;

/** A condition over the paged table, aliased `t`. */
export type SqlCondition = (bind: Bind) => string;

/** How rows belong to the parents a nested list is loaded for. */
export type Grouping =
  /** A column of the paged table holds the parent key (a project's `organization_id`). */
  | { readonly column: string; readonly keys: readonly string[] }
  /** A link table relates parent keys to the paged rows (an agreement's parties name organizations). */
  | { readonly via: string; readonly rowColumn: string; readonly keyColumn: string; readonly keys: readonly string[] };

/** A sort key: a column, in the list's direction; rows without a value sort after all rows with one. */
export type SortKey = string;

export interface PageQuery<E extends ObjectLiteral> {
  readonly entity: EntityTarget<E>;
  /** Omitted for a top-level list: then every row belongs to the one group `''`. */
  readonly grouping?: Grouping;
  /** Database column names to order by; the last must be unique (the primary key) so the order is total. */
  readonly orderBy: readonly SortKey[];
  readonly descending?: boolean;
  readonly where?: readonly SqlCondition[];
  readonly page: PageRequest;
}

export const TOP_LEVEL = '';

/**
 * Loads one page of a list for many parents at once, in a single SQL statement: rows are numbered per
 * parent with a window function and cut at the page size, and each parent's total is counted alongside.
 * That is what keeps the statement count of a request independent of the rows it returns.
 *
 * Cursors are keyset cursors over the sort keys, so a page stays where it was when rows are inserted before
 * it. Backward pages (last/before) are ranked from the end and turned around before they are returned.
 */
export async function loadPages<E extends ObjectLiteral>(
  dataSource: DataSource,
  query: PageQuery<E>,
): Promise<Map<string, Connection<E>>> {
  const metadata = dataSource.getMetadata(query.entity);
  const sql = buildPageSql(metadata, query);
  const rows: Record<string, unknown>[] = await dataSource.query(sql.text, sql.params);
  const { page } = query;
  const groups = new Map<string, { total: number; edges: Edge<E>[]; more: boolean }>();
  for (const row of rows) {
    const key = String(row.__group);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { total: Number(row.__total), edges: [], more: false }));
    if (row.__rank === null || row.__rank === undefined) continue;
    if (group.edges.length === page.size) {
      group.more = true;
      continue;
    }
    const cursor = encodeCursor(sql.sortAliases.map((alias) => cursorValue(row[`${alias}_text`])));
    group.edges.push({ cursor, node: hydrate(dataSource, metadata, row) });
  }
  const keys = query.grouping ? query.grouping.keys : [TOP_LEVEL];
  const result = new Map<string, Connection<E>>();
  for (const key of keys) {
    const group = groups.get(key);
    if (!group) {
      result.set(key, emptyConnection());
    } else if (page.backwards) {
      result.set(key, connectionFromEdges(group.edges.reverse(), group.total, page.before !== null, group.more));
    } else {
      result.set(key, connectionFromEdges(group.edges, group.total, group.more, page.after !== null));
    }
  }
  return result;
}

function buildPageSql<E extends ObjectLiteral>(
  metadata: EntityMetadata,
  query: PageQuery<E>,
): { text: string; params: unknown[]; sortAliases: string[] } {
  const params: unknown[] = [];
  const bind: Bind = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const table = quotedPath(metadata.tablePath);
  const conditions = (query.where ?? []).map((condition) => `(${condition(bind)})`);
  // Sort keys are computed once in the scoped rows, with rows lacking a value placed last in the list's
  // direction, so row-value comparisons against a cursor never meet a NULL.
  const sortAliases = query.orderBy.map((_, i) => `__sort${i}`);
  // Each key's text form goes into cursors: exact where a JS value would not be (microsecond timestamps).
  const sortSelect = query.orderBy
    .map((column, i) => {
      const expression = sortExpression(columnOf(metadata, column), query.descending ?? false);
      return `${expression} AS ${sortAliases[i]}, (${expression})::text AS ${sortAliases[i]}_text`;
    })
    .join(', ');
  const grouping = query.grouping;
  let scoped: string;
  if (!grouping) {
    scoped = `SELECT t.*, ${sortSelect}, '' AS __key FROM ${table} t`;
  } else if ('column' in grouping) {
    columnOf(metadata, grouping.column);
    conditions.unshift(`t."${grouping.column}" = ANY(${bind(grouping.keys)})`);
    scoped = `SELECT t.*, ${sortSelect}, t."${grouping.column}"::text AS __key FROM ${table} t`;
  } else {
    const link = `(SELECT DISTINCT "${grouping.rowColumn}" AS row_id, "${grouping.keyColumn}"::text AS key FROM ${quotedPath(grouping.via)} WHERE "${grouping.keyColumn}" = ANY(${bind(grouping.keys)}))`;
    scoped = `SELECT t.*, ${sortSelect}, link.key AS __key FROM ${table} t JOIN ${link} link ON link.row_id = t."${metadata.primaryColumns[0].databaseName}"`;
  }
  if (conditions.length > 0) scoped += ` WHERE ${conditions.join(' AND ')}`;

  const { page } = query;
  // A backward page is ranked from the end of the list: the ranking runs in the opposite direction.
  const descending = (query.descending ?? false) !== page.backwards;
  const order = sortAliases.map((alias) => `s.${alias} ${descending ? 'DESC' : 'ASC'}`).join(', ');
  const tuple = `(${sortAliases.map((alias) => `s.${alias}`).join(', ')})`;
  const bounds: string[] = [];
  // A cursor's values are checked against the sort keys' kinds before they are bound (cursor.ts).
  const sortKinds = query.orderBy.map((column) => cursorKindOf(metadata.connection.driver.normalizeType(columnOf(metadata, column))));
  const forwardOp = query.descending ? '<' : '>';
  const backwardOp = query.descending ? '>' : '<';
  if (page.after !== null) bounds.push(`${tuple} ${forwardOp} (${decodeCursor(page.after, 'after', sortKinds).map((v) => bind(v)).join(', ')})`);
  if (page.before !== null) bounds.push(`${tuple} ${backwardOp} (${decodeCursor(page.before, 'before', sortKinds).map((v) => bind(v)).join(', ')})`);
  const limit = bind(page.size + 1);
  const text =
    `WITH scoped AS (${scoped}), ` +
    `totals AS (SELECT __key, count(*) AS __total FROM scoped GROUP BY __key), ` +
    `ranked AS (SELECT s.*, row_number() OVER (PARTITION BY s.__key ORDER BY ${order}) AS __rank FROM scoped s` +
    `${bounds.length > 0 ? ` WHERE ${bounds.join(' AND ')}` : ''}) ` +
    `SELECT totals.__key AS __group, totals.__total, ranked.* FROM totals ` +
    `LEFT JOIN ranked ON ranked.__key = totals.__key AND ranked.__rank <= ${limit} ` +
    `ORDER BY totals.__key, ranked.__rank`;
  return { text, params, sortAliases };
}

/** The column's value, or for a row without one a value past every real one in the list's direction. */
function sortExpression(column: ColumnMetadata, descending: boolean): string {
  const ref = `t."${column.databaseName}"`;
  if (!column.isNullable) return ref;
  const type = String(column.type);
  const last = (() => {
    if (type === 'numeric' || type === 'date' || type.startsWith('timestamp')) return `'${descending ? '-' : ''}infinity'::${type === 'numeric' ? 'numeric' : type}`;
    if (type === 'integer' || type === 'int') return descending ? '-2147483648' : '2147483647';
    if (type === 'boolean') return descending ? 'false' : 'true';
    return descending ? `''` : `chr(1114111)`;
  })();
  return `COALESCE(${ref}, ${last})`;
}

/** Builds the entity from a raw row the way TypeORM would (dates as strings, numerics exact). */
export function hydrate<E extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata, row: Record<string, unknown>): E {
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

function cursorValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

function columnOf(metadata: EntityMetadata, column: string): ColumnMetadata {
  const found = metadata.columns.find((c) => c.databaseName === column);
  if (!found) throw new Error(`${metadata.name} has no column "${column}"`);
  return found;
}

function quotedPath(path: string): string {
  return path.split('.').map((part) => `"${part}"`).join('.');
}

/** One page of a top-level list. */
export async function loadList<E extends ObjectLiteral>(
  dataSource: DataSource,
  query: Omit<PageQuery<E>, 'grouping'>,
): Promise<Connection<E>> {
  return (await loadPages(dataSource, query)).get(TOP_LEVEL)!;
}

/** Renders conditions for a statement of one's own (an aggregation): ` WHERE …` (or '') and its parameters. */
export function whereClause(conditions: readonly SqlCondition[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind: Bind = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts = conditions.map((condition) => `(${condition(bind)})`);
  return { sql: parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '', params };
}
