import type express from 'express';
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
export function safelistMiddleware(safelist: Safelist): express.RequestHandler {
  return (req, res, next) => {
    const requests: GraphQLBody[] =
      req.method === 'GET' ? [fromQueryString(req.query)] : Array.isArray(req.body) ? req.body : [req.body ?? {}];
    for (const request of requests) {
      const refusal = admitRegistered(request, safelist);
      if (refusal) {
        res.status(400).json({ errors: [{ message: refusal, extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] });
        return;
      }
    }
    if (req.method === 'GET') {
      // Apollo reads a GET's parameters from the URL itself.
      const url = new URL(req.url, 'http://gateway');
      url.searchParams.set('query', requests[0].query as string);
      url.searchParams.delete('documentId');
      req.url = `${url.pathname}${url.search}`;
    }
    next();
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
function fromQueryString(query: express.Request['query']): GraphQLBody {
  let extensions: unknown;
  try {
    extensions = typeof query.extensions === 'string' ? JSON.parse(query.extensions) : undefined;
  } catch {
    extensions = undefined;
  }
  return { query: query.query, documentId: query.documentId, extensions };
}
