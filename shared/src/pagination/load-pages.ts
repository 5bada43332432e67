import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, type CursorValues } from './cursor';
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

export interface PageQuery<E extends ObjectLiteral> {
  readonly entity: EntityTarget<E>;
  /** Omitted for a top-level list: then every row belongs to the one group `''`. */
  readonly grouping?: Grouping;
  /** Database column names to order by; the last must be unique (the primary key) so the order is total. */
  readonly orderBy: readonly string[];
  readonly descending?: boolean;
  readonly where?: readonly SqlCondition[];
  readonly page: PageRequest;
}

export const TOP_LEVEL = '';

/**
 * Loads one page of a list for many parents at once, in a single SQL statement: rows are numbered per
 * parent with a window function and cut at the page size, and each parent's total is counted alongside.
 * That is what keeps the statement count of a request independent of the rows it returns.
 */
export async function loadPages<E extends ObjectLiteral>(
  dataSource: DataSource,
  query: PageQuery<E>,
): Promise<Map<string, Connection<E>>> {
  const metadata = dataSource.getMetadata(query.entity);
  const sql = buildPageSql(metadata, query);
  const rows: Record<string, unknown>[] = await dataSource.query(sql.text, sql.params);
  const groups = new Map<string, { total: number; edges: Edge<E>[]; more: boolean }>();
  for (const row of rows) {
    const key = String(row.__group);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { total: Number(row.__total), edges: [], more: false }));
    if (row.__rank === null || row.__rank === undefined) continue;
    if (group.edges.length === query.page.first) {
      group.more = true;
      continue;
    }
    group.edges.push({ cursor: encodeCursor(query.orderBy.map((c) => cursorValue(row[c]))), node: hydrate(dataSource, metadata, row) });
  }
  const keys = query.grouping ? query.grouping.keys : [TOP_LEVEL];
  const result = new Map<string, Connection<E>>();
  for (const key of keys) {
    const group = groups.get(key);
    result.set(key, group ? connectionFromEdges(group.edges, group.total, group.more, query.page.after !== null) : emptyConnection());
  }
  return result;
}

function buildPageSql<E extends ObjectLiteral>(metadata: EntityMetadata, query: PageQuery<E>): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind: Bind = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const column of query.orderBy) assertColumn(metadata, column);
  const table = quotedPath(metadata.tablePath);
  const conditions = (query.where ?? []).map((condition) => `(${condition(bind)})`);
  const grouping = query.grouping;
  let scoped: string;
  if (!grouping) {
    scoped = `SELECT t.*, '' AS __key FROM ${table} t`;
  } else if ('column' in grouping) {
    assertColumn(metadata, grouping.column);
    conditions.unshift(`t."${grouping.column}" = ANY(${bind(grouping.keys)})`);
    scoped = `SELECT t.*, t."${grouping.column}"::text AS __key FROM ${table} t`;
  } else {
    const link = `(SELECT DISTINCT "${grouping.rowColumn}" AS row_id, "${grouping.keyColumn}"::text AS key FROM ${quotedPath(grouping.via)} WHERE "${grouping.keyColumn}" = ANY(${bind(grouping.keys)}))`;
    scoped = `SELECT t.*, link.key AS __key FROM ${table} t JOIN ${link} link ON link.row_id = t."${metadata.primaryColumns[0].databaseName}"`;
  }
  if (conditions.length > 0) scoped += ` WHERE ${conditions.join(' AND ')}`;

  const direction = query.descending ? 'DESC' : 'ASC';
  const order = query.orderBy.map((c) => `s."${c}" ${direction}`).join(', ');
  let after = '';
  if (query.page.after !== null) {
    const values = decodeCursor(query.page.after, 'after', query.orderBy.length);
    const tuple = query.orderBy.map((c) => `s."${c}"`).join(', ');
    after = ` WHERE (${tuple}) ${query.descending ? '<' : '>'} (${values.map((v) => bind(v)).join(', ')})`;
  }
  const limit = bind(query.page.first + 1);
  const text =
    `WITH scoped AS (${scoped}), ` +
    `totals AS (SELECT __key, count(*) AS __total FROM scoped GROUP BY __key), ` +
    `ranked AS (SELECT s.*, row_number() OVER (PARTITION BY s.__key ORDER BY ${order}) AS __rank FROM scoped s${after}) ` +
    `SELECT totals.__key AS __group, totals.__total, ranked.* FROM totals ` +
    `LEFT JOIN ranked ON ranked.__key = totals.__key AND ranked.__rank <= ${limit} ` +
    `ORDER BY totals.__key, ranked.__rank`;
  return { text, params };
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

function assertColumn(metadata: EntityMetadata, column: string): void {
  if (!metadata.columns.some((c) => c.databaseName === column)) {
    throw new Error(`${metadata.name} has no column "${column}"`);
  }
}

function quotedPath(path: string): string {
  return path.split('.').map((part) => `"${part}"`).join('.');
}

export type { CursorValues };

/** One page of a top-level list. */
export async function loadList<E extends ObjectLiteral>(
  dataSource: DataSource,
  query: Omit<PageQuery<E>, 'grouping'>,
): Promise<Connection<E>> {
  return (await loadPages(dataSource, query)).get(TOP_LEVEL)!;
}
