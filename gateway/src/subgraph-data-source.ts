import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER, PUBLIC_READER, REQUEST_ID_HEADER, type ForwardedIdentitySigner, type Identity } from '@hamyar/shared';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { DistinctRepresentations } from './transport/entity-representations';
import { InFlight } from './transport/in-flight';
import { SubgraphHttpClient, type SubgraphHttpResponse } from './transport/subgraph-http-client';
import type { SubgraphCalls } from './resilience/subgraph-calls';

export interface GatewayContext {
  readonly identity: Identity;
}

/** What every subgraph's data source shares: one connection pool, and the fetches under way. */
export interface SubgraphTransport {
  readonly client: SubgraphHttpClient;
  /** Identical reads under way (same subgraph, body and forwarded identity) share one fetch; null: never. */
  readonly inFlight: InFlight<SubgraphHttpResponse> | null;
}

/**
 * How the gateway calls one subgraph: over kept-alive HTTP with a deadline. Identical concurrent reads share
 * one fetch, and an entity fetch asks once per distinct representation. When the call fails, an error that
 * names the subgraph and says what happened (unreachable, timed out, bad status), so a client reading a
 * partial result knows which part is missing and why.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly target: URL;

  constructor(
    readonly subgraph: string,
    url: string,
    readonly timeoutMs: number,
    private readonly signer: ForwardedIdentitySigner,
    private readonly transport: SubgraphTransport,
    /** Breaker, retries, request ID, trace context, timings (resilience/): absent, calls go straight out. */
    private readonly calls?: SubgraphCalls,
  ) {
    super({ url });
    this.target = new URL(url);
  }

  /**
   * Forwards the caller's verified identity, signed for this one subgraph (so the subgraph can trust it, and
   * no other subgraph accepts what this one was sent).
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const identity = (context as Partial<GatewayContext>).identity ?? PUBLIC_READER;
    request.http?.headers.set(IDENTITY_HEADER, await this.signer.sign(identity, this.subgraph));
  }

  /**
   * RemoteGraphQLDataSource.process without its per-request node-fetch Request and Headers objects, with the
   * sharing above; willSendRequest and didEncounterError are called as the stock one calls them.
   */
  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // An operation's call goes through the subgraph's breaker, and a query's through its retries too.
    return this.calls ? this.calls.run(this.subgraph, options, () => this.send(options)) : this.send(options);
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    // SubgraphCalls gives each fetch Headers of its own (request ID, trace context): set on in place instead of
    // copied, as a retry sets the same values again. Anything else (a node-fetch Headers) is copied.
    const given = request.http?.headers as unknown;
    const headers = given instanceof Headers ? given : new Headers(given as ConstructorParameters<typeof Headers>[0]);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: this.url, headers: headers as never };
    await this.willSendRequest(options);
    if (!request.query) throw new Error('Missing query');

    const representations = request.variables?.representations;
    const distinct = Array.isArray(representations) ? new DistinctRepresentations(representations) : undefined;
    const variables = distinct?.hasDuplicates ? { ...request.variables, representations: distinct.distinct } : request.variables;
    const body = JSON.stringify({ query: request.query, variables, operationName: request.operationName });
    const sentHeaders: Record<string, string> = {};
    // What identical fetches in flight are joined by: the URL, the body and the headers that shape the answer
    // (Headers gives names lower-cased, and a value holds no line break).
    let sameAnswer = `${this.url}\n`;
    headers.forEach((value, name) => {
      sentHeaders[name] = value;
      if (!PER_REQUEST_HEADERS.has(name)) sameAnswer += `${name}: ${value}\n`;
    });

    let answer: SubgraphHttpResponse;
    try {
      const send = () => this.transport.client.post(this.target, sentHeaders, body, this.timeoutMs);
      answer =
        this.transport.inFlight && isRead(options, request.query)
          ? await this.transport.inFlight.run(sameAnswer + body, send)
          : await send();
      if (answer.status < 200 || answer.status > 299) throw await this.errorFromResponse(responseOf(answer, this.url));
    } catch (error) {
      this.didEncounterError(error as Error, undefined as never, answer! && responseOf(answer, this.url));
      throw error;
    }
    const parsed = parseBody(answer);
    if (!distinct?.hasDuplicates) return parsed;
    const data = parsed.data as { _entities?: unknown[] } | null | undefined;
    return {
      ...parsed,
      data: data && Array.isArray(data._entities) ? { ...data, _entities: distinct.expandEntities(data._entities) } : data,
      errors: parsed.errors && distinct.expandErrors(parsed.errors),
    } as GatewayGraphQLResponse;
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

/**
 * Only a query may share a fetch: a mutation is sent once for each time it was asked, and the reads of a
 * client's mutation never join a fetch that started before the write.
 */
function isRead(options: GraphQLDataSourceProcessOptions<GatewayContext>, query: string): boolean {
  const incoming = (options as { incomingRequestContext?: { operation?: { operation?: string } } }).incomingRequestContext;
  if (incoming?.operation && incoming.operation.operation !== OperationTypeNode.QUERY) return false;
  const document = (options as { document?: { definitions: readonly { kind: string; operation?: string }[] } }).document;
  const operation = document?.definitions.find((definition) => definition.kind === 'OperationDefinition');
  if (operation) return operation.operation === OperationTypeNode.QUERY;
  return /^\s*(query\b|\{)/.test(query);
}

function parseBody(answer: SubgraphHttpResponse): GatewayGraphQLResponse {
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object') throw new Error(`Expected JSON response body, but received: ${answer.text.slice(0, 200)}`);
  return body as GatewayGraphQLResponse;
}

/** The little of a fetch Response that errorFromResponse and didEncounterError read. */
function responseOf(answer: SubgraphHttpResponse, url: string): FetcherResponse {
  const headers = new Headers(answer.contentType ? { 'content-type': answer.contentType } : {});
  return {
    ok: answer.status >= 200 && answer.status <= 299,
    status: answer.status,
    statusText: '',
    url,
    headers,
    json: async () => JSON.parse(answer.text),
    text: async () => answer.text,
  } as unknown as FetcherResponse;
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) somewhere in the chain of causes of a failed fetch. */
function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown[] };
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  return networkErrorCode(cause, depth + 1) ?? (Array.isArray(errors) ? networkErrorCode(errors[0], depth + 1) : undefined);
}

/**
 * Headers that name one client request (its ID, its trace) and not what is asked: two identical fetches in flight
 * differ in them and still get the same answer, so they are left out of the key that joins such fetches into
 * one. The joined fetch carries the first request's ID and trace.
 */
const PER_REQUEST_HEADERS = new Set([REQUEST_ID_HEADER, 'traceparent', 'tracestate', 'baggage']);
