import { GraphQLError } from 'graphql';

/** The codes a failed subgraph call carries (see subgraph-data-source.ts), and which of them say what. */
const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
const SUBREQUEST_TIMEOUT = 'SUBREQUEST_TIMEOUT';
const SUBREQUEST_HTTP_ERROR = 'SUBREQUEST_HTTP_ERROR';

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : undefined;
}

/** The subgraph, not the request, failed: unreachable, too slow, or a 5xx. These count against its breaker. */
export function isSubgraphFailure(error: unknown): boolean {
  const code = codeOf(error);
  if (code === SUBGRAPH_UNAVAILABLE || code === SUBREQUEST_TIMEOUT) return true;
  return code === SUBREQUEST_HTTP_ERROR && Number((error as GraphQLError).extensions.status) >= 500;
}

/**
 * Worth trying again: the request never reached the subgraph (connection refused or reset) or a proxy in
 * front of it said it is briefly away (502/503/504). A timeout is not retried: the subgraph may still be
 * working on it, and a second wait of the same length doubles the client's.
 */
export function isRetryableFailure(error: unknown): boolean {
  const code = codeOf(error);
  if (code === SUBGRAPH_UNAVAILABLE) return (error as GraphQLError).extensions.circuit !== 'open';
  return code === SUBREQUEST_HTTP_ERROR && [502, 503, 504].includes(Number((error as GraphQLError).extensions.status));
}

/** Raised without calling the subgraph while its breaker is open, so a client is not kept waiting on it. */
export class SubgraphCircuitOpenError extends GraphQLError {
  constructor(subgraph: string, retryInMs: number) {
    super(
      `Subgraph "${subgraph}" is unavailable: it failed repeatedly, so calls to it are paused (next try in about ${Math.max(1, Math.ceil(retryInMs / 1000))} s)`,
      {
        extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: subgraph, circuit: 'open' },
      },
    );
  }
}
