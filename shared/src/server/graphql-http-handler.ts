import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { finished } from 'node:stream';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import contentType from 'content-type';
import express from 'express';
import proxyAddr from 'proxy-addr';
import type { Logger } from '../observability/logger';
import { assignRequestId } from '../observability/request-telemetry';
import type { Tracing } from '../observability/tracing';
import { NOT_JSON, bodyRefusal, internalError, type BodyReadError, type GraphQLRefusal } from '../request-safety/request-body';
import type { OperationLimits } from '../request-safety/request-safety-config';

/** What an Express request and a GraphQL request both tell about their caller (the rate limit's key). */
export interface CallerRequest {
  readonly headers: IncomingHttpHeaders;
  /** The client's address with `trust proxy` applied; undefined once the connection is gone. */
  readonly ip?: string;
  readonly socket: { readonly remoteAddress?: string };
}

/** Express's `trust proxy` as a function: is the address at this hop (0: the connection's peer) a trusted proxy? */
type TrustProxy = (address: string, hop: number) => boolean;

/**
 * A request to /graphql as the guards and the context function see it. Guards may rewrite `body` and `search`
 * (the safelist fills in a registered operation's text); Apollo gets them as they are then.
 */
export class GraphQLHttpRequest implements CallerRequest {
  /** A POST's parsed JSON body; undefined for any other method. */
  body: unknown = undefined;
  /** The query string with its "?", or "": a GET's operation. */
  search: string;
  private clientAddress?: string;

  constructor(
    readonly raw: IncomingMessage,
    private readonly trust: TrustProxy,
  ) {
    const url = raw.url ?? '/';
    const question = url.indexOf('?');
    this.search = question === -1 ? '' : url.slice(question);
  }

  get method(): string {
    return this.raw.method ?? 'GET';
  }

  get headers(): IncomingHttpHeaders {
    return this.raw.headers;
  }

  get socket(): IncomingMessage['socket'] {
    return this.raw.socket;
  }

  /** As Express's `req.ip`, computed when first asked: most requests never ask. */
  get ip(): string | undefined {
    return (this.clientAddress ??= proxyAddr(this.raw, this.trust));
  }
}

/** A check on a GraphQL request before Apollo sees it; a refusal is sent as it is and Apollo never runs. */
export type GraphQLGuard = (request: GraphQLHttpRequest) => GraphQLRefusal | undefined | Promise<GraphQLRefusal | undefined>;

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  readonly limits: OperationLimits;
  readonly log: Logger;
  readonly tracing?: Tracing;
  /** The proxies whose X-Forwarded-For names the client, as Express's `trust proxy` takes them; absent: none. */
  readonly trustProxy?: number | readonly string[];
  /** Checks before the body is read (the gateway's per-IP rate limit). */
  readonly beforeBody?: readonly GraphQLGuard[];
  /** Checks once the body is read, before Apollo sees it (the gateway's safelist). */
  readonly beforeGraphQL?: readonly GraphQLGuard[];
  readonly context: (request: GraphQLHttpRequest) => Promise<TContext>;
}

/**
 * Serves /graphql on node:http through Apollo Server's integration API, without Express: its router, its
 * body-parser, its response helpers (and the SHA-1 ETag it computed for every answer) were a fifth of the
 * gateway's CPU per request. Clients see what they saw through Express: the same request ID and trace, the
 * same refusals for a body that is not JSON, too large or malformed, the same status codes and bodies.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphQLHttpOptions<TContext>,
): (raw: IncomingMessage, response: ServerResponse) => void {
  const trust = compileTrust(options.trustProxy);
  const readBody = bodyReader(options.limits);

  async function serve(raw: IncomingMessage, response: ServerResponse): Promise<void> {
    const request = new GraphQLHttpRequest(raw, trust);
    const refusal =
      (await firstRefusal(options.beforeBody, request)) ??
      (await readBody(request, response)) ??
      (await firstRefusal(options.beforeGraphQL, request));
    if (refusal) return sendRefusal(response, refusal);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers: headerMap(raw.headers), search: request.search, body: request.body },
      context: () => options.context(request),
    });
    await writeAnswer(response, answer);
  }

  return (raw, response) => {
    const run = () => {
      serve(raw, response).catch((error: unknown) => sendRefusal(response, internalError(options.log, error)));
    };
    const tracing = options.tracing;
    assignRequestId(raw, response, tracing ? () => tracing.middleware(raw, response, run) : run);
  };
}

/** Express's own reading of `trust proxy` (a hop count or proxyaddr's list), for the same client address. */
function compileTrust(setting: number | readonly string[] | undefined): TrustProxy {
  if (setting === undefined) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyAddr.compile([...setting]);
}

async function firstRefusal(guards: readonly GraphQLGuard[] | undefined, request: GraphQLHttpRequest) {
  for (const guard of guards ?? []) {
    const refusal = await guard(request);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * Reads a POST's body into `request.body`, or says why not. A GraphQL POST is JSON (else 415, which also
 * keeps "simple" cross-site form posts out); an uncompressed UTF-8 body, which is every client's, is read
 * here; a compressed one or another charset goes through body-parser as before, with its own answers.
 */
function bodyReader(limits: OperationLimits) {
  const bodyParser = express.json({ limit: limits.bodyBytes });
  const parseWithBodyParser = (raw: IncomingMessage, response: ServerResponse) =>
    new Promise<unknown>((resolve, reject) => {
      // body-parser reads node's request as it is; Express's additions are not used.
      const request = raw as express.Request;
      bodyParser(request, response as express.Response, (error?: unknown) => (error ? reject(error) : resolve(request.body)));
    });

  return async (request: GraphQLHttpRequest, response: ServerResponse): Promise<GraphQLRefusal | undefined> => {
    if (request.method !== 'POST') return undefined;
    const raw = request.raw;
    const type = mediaType(raw.headers['content-type']);
    if (!hasBody(raw) || type?.type !== 'application/json') return NOT_JSON;
    const plain = (raw.headers['content-encoding'] ?? 'identity').toLowerCase() === 'identity';
    const charset = type.parameters.charset?.toLowerCase() ?? 'utf-8';
    try {
      request.body = plain && charset === 'utf-8' ? await readJson(raw, limits.bodyBytes) : await parseWithBodyParser(raw, response);
      return undefined;
    } catch (error) {
      const refusal = bodyRefusal(error as BodyReadError, limits);
      if (!refusal) throw error;
      return refusal;
    }
  };
}

/** As type-is reads Content-Type: a header it cannot parse names no type. */
function mediaType(header: string | undefined): contentType.ParsedMediaType | undefined {
  if (!header) return undefined;
  try {
    return contentType.parse(header);
  } catch {
    return undefined;
  }
}

/** As type-is decides whether a request has a body: a length (even 0) or a transfer encoding. */
function hasBody(raw: IncomingMessage): boolean {
  return raw.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(raw.headers['content-length']));
}

const readError = (status: number, type: string): BodyReadError => Object.assign(new Error(type), { status, type });

/**
 * Reads an uncompressed UTF-8 JSON body as body-parser's json() does: at most `limit` bytes (a refusal is
 * sent only once the client has finished sending, so it can read it), an empty body is {}, and only an
 * object or an array is JSON here (body-parser's strict mode).
 */
function readJson(raw: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const refuseOnceRead = (error: BodyReadError) => {
      raw.removeAllListeners('data');
      raw.resume();
      finished(raw, () => reject(error));
    };
    if (Number(raw.headers['content-length']) > limit) return refuseOnceRead(readError(413, 'entity.too.large'));
    const chunks: Buffer[] = [];
    let received = 0;
    raw.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) refuseOnceRead(readError(413, 'entity.too.large'));
      else chunks.push(chunk);
    });
    raw.on('end', () => {
      if (received > limit) return;
      try {
        resolve(strictJson((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString('utf8')));
      } catch {
        reject(readError(400, 'entity.parse.failed'));
      }
    });
    raw.on('error', () => reject(readError(400, 'request.aborted')));
  });
}

/** body-parser's strict JSON: an object or an array; empty is {}; a leading byte order mark is no part of it. */
function strictJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  // Whitespace JSON does not allow before the value fails JSON.parse anyway, so trimming more of it is no matter.
  const first = body[0] === '{' || body[0] === '[' ? body[0] : body.trimStart()[0];
  if (first !== '{' && first !== '[') throw new SyntaxError('strict violation');
  return JSON.parse(body);
}

function headerMap(headers: IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

/**
 * Writes Apollo's answer. A body sent whole says its charset (as Express's res.send added it) and its
 * length (node adds that for a body given to end()); an incremental one is written as Apollo yields it.
 */
async function writeAnswer(response: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.setHeader('content-type', withUtf8Charset(response.getHeader('content-type')));
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

function withUtf8Charset(type: ReturnType<ServerResponse['getHeader']>): string {
  if (typeof type !== 'string') return 'text/html; charset=utf-8';
  return /;\s*charset=/i.test(type) ? type : `${type}; charset=utf-8`;
}

/** A refusal as JSON; after a partial answer there is nothing to say, so the connection is cut. */
function sendRefusal(response: ServerResponse, refusal: GraphQLRefusal): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.statusCode = refusal.status;
  for (const [name, value] of Object.entries(refusal.headers ?? {})) response.setHeader(name, value);
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(refusal.body));
}
