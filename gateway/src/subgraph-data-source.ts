import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, PUBLIC_READER, type ForwardedIdentitySigner, type Identity } from '@hamyar/shared';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';

export interface GatewayContext {
  readonly identity: Identity;
}

/**
 * How the gateway calls one subgraph: over HTTP with a deadline, and when the call fails, an error that
 * names the subgraph and says what happened (unreachable, timed out, bad status), so a client reading a
 * partial result knows which part is missing and why.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraph: string,
    url: string,
    readonly timeoutMs: number,
    private readonly signer: ForwardedIdentitySigner,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  /**
   * Forwards the caller's verified identity, signed for this one subgraph (so the subgraph can trust it, and
   * no other subgraph accepts what this one was sent).
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as Partial<GatewayContext>).identity ?? PUBLIC_READER;
    request.http?.headers.set(IDENTITY_HEADER, await this.signer.sign(identity, this.subgraph));
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
