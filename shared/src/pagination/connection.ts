/**
 * How many rows a whole list has: a number, or a function the GraphQL default resolver calls only when a
 * query selects `totalCount`, so a page that does not ask never pays for counting (see total-count.ts).
 */
export type TotalCount = number | (() => Promise<number>);

/** A Relay connection, as every list in the API returns it (GitHub's shape: edges, nodes, pageInfo, totalCount). */
export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly nodes: readonly T[];
  readonly pageInfo: PageInfo;
  readonly totalCount: TotalCount;
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export function emptyConnection<T>(totalCount: TotalCount = 0): Connection<T> {
  return {
    edges: [],
    nodes: [],
    totalCount,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}

export function connectionFromEdges<T>(
  edges: readonly Edge<T>[],
  totalCount: TotalCount,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): Connection<T> {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The same page with each node replaced, e.g. link rows turned into references to another subgraph's entity. */
export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  // The cursor is read through, when asked for: encoding it is left to the edge (see load-pages.ts).
  const edges = connection.edges.map((edge) => ({
    get cursor() {
      return edge.cursor;
    },
    node: map(edge.node),
  }));
  return { ...connection, edges, nodes: edges.map((edge) => edge.node) };
}
