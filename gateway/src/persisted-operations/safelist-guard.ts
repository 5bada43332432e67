import type { GraphQLGuard } from '@hamyar/shared';
import { sha256Hex } from './manifest';
import type { Safelist } from './safelist';

export interface GraphQLBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | unknown;
}

/**
 * Safelist mode, before Apollo parses anything: a request names a registered operation by
 * `extensions.persistedQuery.sha256Hash` or `documentId` (`sha256:<hex>` or the bare hex), or sends the exact
 * text of one; the gateway fills in the registered text and runs it under the usual limits. Anything else is
 * refused with 400 PERSISTED_QUERY_NOT_IN_LIST, unparsed.
 */
export function safelistGuard(safelist: Safelist): GraphQLGuard {
  return (request) => {
    const params = request.method === 'GET' ? new URLSearchParams(request.search) : undefined;
    const requests: GraphQLBody[] = params
      ? [fromQueryString(params)]
      : Array.isArray(request.body)
        ? request.body
        : [(request.body as GraphQLBody | undefined) ?? {}];
    for (const one of requests) {
      const refusal = admitRegistered(one, safelist);
      if (refusal) return { status: 400, body: { errors: [{ message: refusal, extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] } };
    }
    if (params) {
      // Apollo reads a GET's parameters from the query string itself.
      params.set('query', requests[0].query as string);
      params.delete('documentId');
      request.search = `?${params}`;
    }
    return undefined;
  };
}

/**
 * Fills in the registered text; says why not when the request is not a registered operation. The CSV export
 * asks the same question before it reads an operation, so unregistered text is refused there unparsed too.
 */
export function admitRegistered(request: GraphQLBody, safelist: Safelist): string | null {
  const hash = requestedHash(request);
  if (typeof request.query === 'string' && request.query !== '') {
    const id = sha256Hex(request.query);
    if (!safelist.body(id)) return 'This gateway runs only registered operations, and this one is not registered';
    if (hash && hash !== id) return 'The operation text does not match the hash sent with it';
    return null;
  }
  if (!hash) return 'This gateway runs only registered operations: send extensions.persistedQuery.sha256Hash or documentId';
  const body = safelist.body(hash);
  if (!body) return `No registered operation has the hash ${hash.slice(0, 64)}`;
  request.query = body;
  delete request.documentId;
  return null;
}

function requestedHash(request: GraphQLBody): string | null {
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (typeof persisted?.sha256Hash === 'string') return persisted.sha256Hash.toLowerCase();
  if (typeof request.documentId === 'string') return request.documentId.replace(/^sha256:/, '').toLowerCase();
  return null;
}

/** A GET carries its parameters in the query string, `extensions` as JSON text. */
function fromQueryString(params: URLSearchParams): GraphQLBody {
  let extensions: unknown;
  try {
    const text = params.get('extensions');
    extensions = text === null ? undefined : JSON.parse(text);
  } catch {
    extensions = undefined;
  }
  return { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions };
}
