import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { cursorKindOf, decodeCursor } from './cursor';
import type { Bind, Grouping, PageQuery, SqlCondition } from './load-pages';

/**
 * The SQL of a page, shaped so that an index serves it and it costs what the page holds, never the table:
 *
 *   SELECT … FROM t WHERE <filter> AND (<sort keys>) > (<cursor>) ORDER BY <sort keys> LIMIT n + 1
 *
 * and for the pages of many parents at once, one statement with that query per parent key in a LATERAL:
 *
 *   SELECT … FROM unnest($keys) k CROSS JOIN LATERAL (SELECT … WHERE t.parent = k.key AND … LIMIT n + 1) p
 *
 * Sort keys are columns or, for a nullable column, `COALESCE(column, <past every value>)`, the exact
 * expression the list's index is built on (see `sortKeyExpression`), so the keyset comparison is a plain
 * row comparison with no NULL in it and the index range starts at the cursor.
 */
export interface Statement {
  readonly text: string;
  readonly params: unknown[];
}

/** A page statement, with the columns it selects: what each row is hydrated from. */
export interface PageStatement extends Statement {
  readonly columns: readonly ColumnMetadata[];
}

/** The page of every parent (or of the one top-level list): rows aliased `__group`, the row's columns, and `__sortN_text`. */
export function pageStatement<E extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  query: PageQuery<E>,
): PageStatement {
  const { bind, params } = binder();
  const link = sortedLink(dataSource, metadata, query);
  const keys = link ? link.keys : sortKeys(metadata, query);
  const { page } = query;
  // A backward page is read from the end of the list: the index is walked the other way and the rows are
  // turned around after loading.
  const descending = (query.descending ?? false) !== page.backwards;
  const direction = descending ? 'DESC' : 'ASC';
  const tuple = `(${keys.join(', ')})`;
  const bounds: string[] = [];
  const forwardOp = query.descending ? '<' : '>';
  const backwardOp = query.descending ? '>' : '<';
  // A cursor's values are checked against the sort keys' kinds before they are bound (cursor.ts): a cursor of
  // the wrong shape is the client's BAD_USER_INPUT, never a failed statement.
  const kinds = query.orderBy.map((column) => cursorKindOf(dataSource.driver.normalizeType(columnOf(metadata, column))));
  const cursorTuple = (cursor: string, field: string) =>
    `(${decodeCursor(cursor, field, kinds)
      .map((value) => bind(value))
      .join(', ')})`;
  if (page.after !== null) bounds.push(`${tuple} ${forwardOp} ${cursorTuple(page.after, 'after')}`);
  if (page.before !== null) bounds.push(`${tuple} ${backwardOp} ${cursorTuple(page.before, 'before')}`);
  // Only the columns the page's resolvers read (loadedColumns): every further column is bytes the driver
  // parses and the hydration copies for nothing, most of a nested page's time.
  const loaded = loadedColumns(metadata, query);
  const columns = loaded.map((column) => `"${column.databaseName}"`);
  const cursorTexts = keys.map((key, i) => `(${key})::text AS __sort${i}_text`);
  const order = keys.map((key) => `${key} ${direction}`).join(', ');
  const limit = bind(page.size + 1);
  const rows = (select: string, groupCondition: string | null) => {
    const where = [...(groupCondition ? [groupCondition] : []), ...conditions(query.where, bind), ...bounds];
    if (link) {
      // Walked from the parent's links in the list's order: a row linked twice to one parent (two parties in
      // one province) has two equal adjacent index entries, and DISTINCT ON lists it once.
      const from = `${quotedPath(link.path)} l JOIN ${quotedPath(metadata.tablePath)} t ON t."${link.primary}" = l."${link.rowColumn}"`;
      return `SELECT DISTINCT ON (${keys.join(', ')}) ${select} FROM ${from}${whereSql(where)} ORDER BY ${order} LIMIT ${limit}`;
    }
    return `SELECT ${select} FROM ${quotedPath(metadata.tablePath)} t${whereSql(where)} ORDER BY ${order} LIMIT ${limit}`;
  };
  const own = [...columns.map((column) => `t.${column}`), ...cursorTexts];
  if (!query.grouping) return { text: rows([`'' AS __group`, ...own].join(', '), null), params, columns: loaded };
  const parents = parentKeys(query.grouping, bind);
  // The sort keys leave the LATERAL only to order its pages one after the other; the client reads none of them.
  const inner = [...own, ...keys.map((key, i) => `${key} AS __sort${i}`)].join(', ');
  const outer = [...columns.map((column) => `p.${column}`), ...keys.map((_, i) => `p.__sort${i}_text`)].join(', ');
  const outerOrder = keys.map((_, i) => `p.__sort${i} ${direction}`).join(', ');
  const text =
    `SELECT k.key AS __group, ${outer} FROM ${parents} ` +
    `CROSS JOIN LATERAL (${rows(inner, link ? link.condition : groupCondition(dataSource, metadata, query.grouping))}) p ` +
    `ORDER BY k.ord, ${outerOrder}`;
  return { text, params, columns: loaded };
}

/**
 * The columns a page loads: those its query selects (`select`, the properties its resolvers read), with the
 * primary key, the sort columns and the parent's key column always among them; every column without `select`.
 */
function loadedColumns<E extends ObjectLiteral>(metadata: EntityMetadata, query: PageQuery<E>): ColumnMetadata[] {
  if (!query.select) return metadata.columns;
  const wanted = new Set<ColumnMetadata>(metadata.primaryColumns);
  for (const property of query.select) {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no property "${property}"`);
    wanted.add(column);
  }
  for (const name of query.orderBy) wanted.add(columnOf(metadata, name));
  if (query.grouping && 'column' in query.grouping) wanted.add(columnOf(metadata, query.grouping.column));
  return metadata.columns.filter((column) => wanted.has(column));
}

/**
 * How many rows each parent's whole list has (every row in scope, whatever the page), counted up to `cap + 1`
 * rows so the count of a long list costs a bounded index range, not the table. Rows `__group`, `__total`.
 */
export function countStatement<E extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  query: PageQuery<E>,
  cap: number,
): Statement {
  const { bind, params } = binder();
  const limit = bind(cap + 1);
  const counted = (groupCondition: string | null) => {
    const where = [...(groupCondition ? [groupCondition] : []), ...conditions(query.where, bind)];
    return `SELECT count(*)::int FROM (SELECT 1 FROM ${quotedPath(metadata.tablePath)} t${whereSql(where)} LIMIT ${limit}) c`;
  };
  if (!query.grouping) return { text: `SELECT '' AS __group, (${counted(null)}) AS __total`, params };
  const parents = parentKeys(query.grouping, bind);
  return {
    text: `SELECT k.key AS __group, (${counted(groupCondition(dataSource, metadata, query.grouping))}) AS __total FROM ${parents}`,
    params,
  };
}

/**
 * The SQL expression a list sorts a column by: the column itself, or for a nullable one the column with
 * rows lacking a value placed after every real value in the list's direction. An index that serves an
 * order over a nullable column is built on this same expression (e.g.
 * `(COALESCE(budget_max_rials, 'infinity'::numeric), id)` ascending and the `'-infinity'` one descending).
 */
export function sortKeyExpression(column: ColumnMetadata, descending: boolean, alias = 't'): string {
  const ref = `${alias}."${column.databaseName}"`;
  if (!column.isNullable) return ref;
  const type = String(column.type);
  const last = (() => {
    if (type === 'numeric' || type === 'date' || type.startsWith('timestamp'))
      return `'${descending ? '-' : ''}infinity'::${type === 'numeric' ? 'numeric' : type}`;
    if (type === 'integer' || type === 'int') return descending ? '-2147483648' : '2147483647';
    if (type === 'boolean') return descending ? 'false' : 'true';
    return descending ? `''` : `chr(1114111)`;
  })();
  return `COALESCE(${ref}, ${last})`;
}

function sortKeys<E extends ObjectLiteral>(metadata: EntityMetadata, query: PageQuery<E>): string[] {
  return query.orderBy.map((column) => sortKeyExpression(columnOf(metadata, column), query.descending ?? false));
}

/**
 * A list grouped through a link table whose copies of the sort columns (`sortCopies`) cover the list's order:
 * its sort keys over the link (aliased `l`; the primary key is the link's row column, equal to it), the
 * parent condition on the link, and what the join needs. Null when the order is not covered (another order
 * of the same list), or when the list is filtered: a filter's conditions are written on the paged table (a
 * range of the sort column on its index key, sortKeyRange), which the link's index cannot serve, so a
 * filtered list walked from the links could read far more than a page. Then the rows are walked in their
 * own order and their links probed (groupCondition), as before the copies.
 */
function sortedLink<E extends ObjectLiteral>(dataSource: DataSource, metadata: EntityMetadata, query: PageQuery<E>) {
  const grouping = query.grouping;
  if (!grouping || !('via' in grouping) || !grouping.sortCopies || (query.where?.length ?? 0) > 0) return null;
  const primary = metadata.primaryColumns[0].databaseName;
  const link = linkMetadata(dataSource, grouping.via);
  if (!link) throw new Error(`the link table "${grouping.via}" has no entity`);
  const keys: string[] = [];
  for (const column of query.orderBy) {
    const copy = column === primary ? grouping.rowColumn : grouping.sortCopies[column];
    if (!copy) return null;
    keys.push(sortKeyExpression(columnOf(link, copy), query.descending ?? false, 'l'));
  }
  const keyColumn = columnOf(link, grouping.keyColumn);
  const condition = `l."${keyColumn.databaseName}" = k.key${castFor(keyColumn)}`;
  return { path: link.tablePath, primary, rowColumn: grouping.rowColumn, keys, condition };
}

function linkMetadata(dataSource: DataSource, via: string): EntityMetadata | undefined {
  return dataSource.entityMetadatas.find((m) => m.tablePath === via || m.tableName === via);
}

/** The parents a statement loads pages for, in the order given: `k(key, ord)`. */
function parentKeys(grouping: Grouping, bind: Bind): string {
  return `unnest(${bind(grouping.keys)}::text[]) WITH ORDINALITY AS k(key, ord)`;
}

/**
 * Which rows belong to the parent `k.key`: a column of the paged table, or a link table (an EXISTS, so a
 * row linked twice to one parent is listed once, and the planner may walk the list's own index and probe
 * the links, or gather a parent's few links first, whichever its statistics say is cheaper).
 */
function groupCondition(dataSource: DataSource, metadata: EntityMetadata, grouping: Grouping): string {
  if ('column' in grouping) {
    const column = columnOf(metadata, grouping.column);
    return `t."${column.databaseName}" = k.key${castFor(column)}`;
  }
  const link = linkMetadata(dataSource, grouping.via);
  const keyColumn = link?.columns.find((c) => c.databaseName === grouping.keyColumn);
  const primary = metadata.primaryColumns[0].databaseName;
  return (
    `EXISTS (SELECT 1 FROM ${quotedPath(grouping.via)} l WHERE l."${grouping.rowColumn}" = t."${primary}" ` +
    `AND l."${grouping.keyColumn}" = k.key${keyColumn ? castFor(keyColumn) : ''})`
  );
}

/** Parent keys travel as text; compared with a typed column they are cast to its type, so its index serves. */
function castFor(column: ColumnMetadata): string {
  const type = String(column.type);
  if (type === 'uuid') return '::uuid';
  if (type === 'integer' || type === 'int') return '::integer';
  if (type === 'bigint') return '::bigint';
  return '';
}

function conditions(where: readonly SqlCondition[] | undefined, bind: Bind): string[] {
  return (where ?? []).map((condition) => `(${condition(bind)})`);
}

function whereSql(parts: readonly string[]): string {
  return parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '';
}

function binder(): { bind: Bind; params: unknown[] } {
  const params: unknown[] = [];
  return {
    params,
    bind: (value) => {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

function columnOf(metadata: EntityMetadata, column: string): ColumnMetadata {
  const found = metadata.columns.find((c) => c.databaseName === column);
  if (!found) throw new Error(`${metadata.name} has no column "${column}"`);
  return found;
}

function quotedPath(path: string): string {
  return path
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
