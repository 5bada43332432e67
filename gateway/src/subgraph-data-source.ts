import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';

/**
 * How the gateway calls one subgraph: over HTTP with a deadline, and when the call fails, an error that
 * names the subgraph and says what happened (unreachable, timed out, bad status), so a client reading a
 * partial result knows which part is missing and why.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly subgraph: string,
    url: string,
    readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    if (error instanceof GraphQLError) throw error;
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      throw new GraphQLError(`Subgraph "${this.subgraph}" did not answer within ${this.timeoutMs} ms`, {
        extensions: { code: 'SUBREQUEST_TIMEOUT', serviceName: this.subgraph },
      });
    }
    if (response) {
      throw new GraphQLError(`Subgraph "${this.subgraph}" answered HTTP ${response.status}`, {
        extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: this.subgraph, status: response.status },
      });
    }
    const cause = networkErrorCode(error);
    throw new GraphQLError(`Subgraph "${this.subgraph}" is unreachable${cause ? ` (${cause})` : ''}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.subgraph },
    });
  }
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) somewhere in the chain of causes of a failed fetch. */
function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  return networkErrorCode(cause, depth + 1) ?? (Array.isArray(errors) ? networkErrorCode(errors[0], depth + 1) : undefined);
}
