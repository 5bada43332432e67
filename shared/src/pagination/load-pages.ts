import DataLoader from 'dataloader';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { encodeCursor, type CursorValues } from './cursor';
import { connectionFromEdges, type Connection, type Edge } from './connection';
import type { PageRequest } from './page-request';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { countStatement, pageStatement } from './page-sql';

/** Binds a value as the next `$n` placeholder and returns the placeholder. */
export type Bind = (value: unknown) => string;

/** A condition over the paged table, aliased `t`. */
export type SqlCondition = (bind: Bind) => string;

/** How rows belong to the parents a nested list is loaded for. */
export type Grouping =
  /** A column of the paged table holds the parent key (a project's `organization_id`). */
  | { readonly column: string; readonly keys: readonly string[] }
  /** A link table relates parent keys to the paged rows (an agreement's parties name organizations). */
  | {
      readonly via: string;
      readonly rowColumn: string;
      readonly keyColumn: string;
      readonly keys: readonly string[];
      /**
       * Copies, on the link table, of the paged table's sort columns (`signed_order` → `agreement_signed_order`),
       * kept equal by triggers. When the list's order is one of them and the primary key, and the list is not
       * filtered, a parent's page is a range of the link's index on (key column, copy, row column) instead of
       * the paged table's order walked and each row's links probed for the parent (page-sql.ts).
       */
      readonly sortCopies?: Readonly<Record<string, string>>;
    };

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
  /**
   * The entity properties the page's resolvers read (see nodeColumns); the primary key, sort and parent
   * columns are loaded besides. Omitted: every column. The other properties of the entities are left unset.
   */
  readonly select?: readonly (keyof E & string)[];
}

export const TOP_LEVEL = '';

/**
 * `totalCount` counts exactly up to this many rows; a list longer than that reports this number. Counting
 * stops there so that the count of a million-row list costs a bounded index range, like a page does.
 * Documented on every `totalCount` in the schemas and in the README.
 */
export const TOTAL_COUNT_LIMIT = 10_000;

/**
 * Loads one page of a list for many parents at once, in a single SQL statement (page-sql.ts): each parent's
 * page is an index range from its cursor, `LIMIT n + 1`, so a page costs what it holds and the statement
 * count of a request does not depend on the rows it returns. `totalCount` is counted only when a query
 * selects it, for all parents of the batch in one more statement.
 *
 * Cursors are keyset cursors over the sort keys, so a page stays where it was when rows are inserted before
 * it. Backward pages (last/before) are read from the end and turned around before they are returned.
 */
export async function loadPages<E extends ObjectLiteral>(dataSource: DataSource, query: PageQuery<E>): Promise<Map<string, Connection<E>>> {
  const metadata = dataSource.getMetadata(query.entity);
  const sql = pageStatement(dataSource, metadata, query);
  const rows: Record<string, unknown>[] = await dataSource.query(sql.text, sql.params);
  const { page } = query;
  const groups = new Map<string, { edges: Edge<E>[]; more: boolean }>();
  for (const row of rows) {
    const key = String(row.__group);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { edges: [], more: false }));
    if (group.edges.length === page.size) {
      group.more = true;
      continue;
    }
    const values = query.orderBy.map((_, i) => cursorValue(row[`__sort${i}_text`]));
    group.edges.push(new PageEdge(hydrate(dataSource, metadata, row, sql.columns), values));
  }
  const totals = totalCounter(dataSource, metadata, query);
  const keys = query.grouping ? query.grouping.keys : [TOP_LEVEL];
  const result = new Map<string, Connection<E>>();
  for (const key of keys) {
    const group = groups.get(key) ?? { edges: [], more: false };
    const totalCount = () => totals.load(key);
    if (page.backwards) {
      result.set(key, connectionFromEdges(group.edges.reverse(), totalCount, page.before !== null, group.more));
    } else {
      result.set(key, connectionFromEdges(group.edges, totalCount, group.more, page.after !== null));
    }
  }
  return result;
}

/**
 * An edge whose cursor is encoded when read: most queries select nodes without their cursors, and encoding
 * one per row (JSON, then base64url) cost a nested page of 341 rows more than hydrating them. The page's
 * start and end cursors are read for pageInfo either way.
 */
class PageEdge<E> implements Edge<E> {
  constructor(
    readonly node: E,
    private readonly values: CursorValues,
  ) {}

  get cursor(): string {
    return encodeCursor(this.values);
  }
}

/** Counts, on first demand, the whole lists of the parents asked for (one statement for all of them). */
function totalCounter<E extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  query: PageQuery<E>,
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const grouping = query.grouping ? { ...query.grouping, keys } : undefined;
    const sql = countStatement(dataSource, metadata, { ...query, grouping }, TOTAL_COUNT_LIMIT);
    const rows: { __group: string; __total: number }[] = await dataSource.query(sql.text, sql.params);
    const totals = new Map(rows.map((row) => [String(row.__group), Math.min(Number(row.__total), TOTAL_COUNT_LIMIT)]));
    return keys.map((key) => totals.get(key) ?? 0);
  });
}

/** Builds the entity from a raw row the way TypeORM would (dates as strings, numerics exact), from the columns loaded. */
export function hydrate<E extends ObjectLiteral>(
  dataSource: DataSource,
  metadata: EntityMetadata,
  row: Record<string, unknown>,
  columns: readonly ColumnMetadata[] = metadata.columns,
): E {
  const entity = metadata.create() as E;
  for (const column of columns) {
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
