import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { stringify } from 'csv-stringify';
import { MAX_PAGE_SIZE, graphqlRequestBody, type Logger, type OperationLimits } from '@hamyar/shared';
import { admitRegistered, type GraphQLBody } from '../persisted-operations/safelist-guard';
import type { Safelist } from '../persisted-operations/safelist';
import { ExportRequestError, pageOf, planExport, rowOf, type ExportPage, type ExportPlan } from './export-plan';
import type { InternalRequests } from './internal-requests';

export interface CsvExportOptions {
  /** The API schema the gateway serves now; undefined until the first supergraph is loaded. */
  readonly schema: () => GraphQLSchema | undefined;
  /** Safelist mode: only registered operations are exported (found by hash or exact text). */
  readonly safelist?: Safelist;
  readonly limits: OperationLimits;
  readonly internal: InternalRequests;
  readonly log: Logger;
}

interface ExportParameters {
  readonly request: GraphQLBody;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown>;
  readonly path: string[];
  readonly pageSize: number;
  readonly filename: string | undefined;
}

/** What a page request answered, when it is not a page: passed on to a caller who has no rows yet. */
class PageRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly retryAfter: string | null,
  ) {
    super(`the API answered ${status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
}

/**
 * `GET|POST /export.csv`: runs a query (in safelist mode: a registered operation) and streams one connection
 * of its result as CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting by csv-stringify). It pages through the
 * connection itself, one `first`/`after` page at a time, each page a request to this gateway's own /graphql
 * with the caller's headers, so limits, safelist, rate limits and authorization apply to every page exactly
 * as to the caller's own requests; a page is written (with backpressure) while the next is on its way, so
 * memory holds two pages at most, however long the list.
 *
 * Refused before the first row: JSON with a 4xx naming the parameter. Failing after it: the connection is
 * cut without the final chunk (no error line inside the CSV), so a client sees an incomplete download.
 */
export function csvExportRoutes(options: CsvExportOptions): express.Router {
  const router = express.Router();
  const handle: express.RequestHandler = (req, res, next) => {
    exportCsv(req, res, options).catch(next);
  };
  // Express answers HEAD with the GET handler, which would page through the whole list to send no body.
  router.head('/', (_req, res) => {
    res.status(405).set('allow', 'GET, POST').end();
  });
  router.get('/', handle);
  router.post('/', ...graphqlRequestBody(options.limits), handle);
  return router;
}

async function exportCsv(req: express.Request, res: express.Response, options: CsvExportOptions): Promise<void> {
  let parameters: ExportParameters;
  let plan: ExportPlan;
  let firstPage: ExportPage;
  const graphqlUrl = loopbackUrl(req);
  const cancel = new AbortController();
  res.on('close', () => cancel.abort());
  const fetchPage = async (variables: Record<string, unknown>): Promise<unknown> => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.internal.headersFor(req) },
      body: JSON.stringify({ query: parameters.request.query, operationName: parameters.operationName, variables }),
      signal: cancel.signal,
    });
    const body = (await response.json().catch(() => ({ errors: [{ message: `the API answered ${response.status} without JSON` }] }))) as {
      data?: unknown;
      errors?: { extensions?: { code?: unknown } }[];
    };
    if (response.status !== 200 || body.errors?.length)
      throw new PageRefused(
        response.status === 200 ? statusOfErrors(body.errors!) : response.status,
        body,
        response.headers.get('retry-after'),
      );
    return body.data;
  };
  const variablesOf = (after: string | null) => ({
    ...parameters.variables,
    [plan.afterVariable]: after,
    ...('variable' in plan.first ? { [plan.first.variable]: parameters.pageSize } : {}),
  });

  try {
    parameters = readParameters(req, options.safelist);
    const schema = options.schema();
    if (!schema)
      throw new ExportRequestError('query', 'the gateway has not loaded its supergraph yet; try again shortly', 503, 'SERVICE_UNAVAILABLE');
    let document;
    try {
      document = parse(parameters.request.query as string, { maxTokens: options.limits.tokens });
    } catch (error) {
      throw new ExportRequestError('query', (error as GraphQLError).message, 400, 'GRAPHQL_PARSE_FAILED');
    }
    const planned = planExport(schema, document, parameters.operationName, parameters.path);
    if ('unknownField' in planned) {
      // The API's own answer names the field best (and in production says no more than it should).
      await fetchPage(parameters.variables);
      throw new ExportRequestError('query', `\`${planned.unknownField}\` is not a field the export can read`);
    }
    plan = planned;
    firstPage = pageOf(await fetchPage(variablesOf((parameters.variables[plan.afterVariable] as string | undefined) ?? null)), plan);
  } catch (error) {
    if (error instanceof ExportRequestError) {
      res.status(error.status).json({
        errors: [
          {
            message: `Bad export request, "${error.field}": ${error.message}`,
            extensions: { code: error.code, field: error.field, reason: error.message },
          },
        ],
      });
      return;
    }
    if (error instanceof PageRefused) {
      if (error.retryAfter) res.set('retry-after', error.retryAfter);
      res.status(error.status).json(error.body);
      return;
    }
    // The caller left while the first page was on its way: nobody to answer.
    if (cancel.signal.aborted) return;
    throw error;
  }

  const started = Date.now();
  let rows = 0;
  let pages = 1;
  // One page is asked for while the one before is written: at most two pages in memory, and the client's
  // reading and the API's answering overlap instead of taking turns.
  async function* records(): AsyncGenerator<unknown[]> {
    for (let page = firstPage; ;) {
      const next = page.hasNextPage && page.endCursor ? fetchPage(variablesOf(page.endCursor)) : undefined;
      // Awaited below once this page is written; until then a refusal must not count as unhandled.
      next?.catch(() => undefined);
      for (const node of page.nodes) {
        rows++;
        yield rowOf(node, plan.columns);
      }
      if (!page.hasNextPage) return;
      if (!next) throw new Error(`page ${pages} says there is a next page but gives no endCursor`);
      page = pageOf(await next, plan);
      pages++;
    }
  }
  res.status(200).attachment(filenameOf(parameters.filename, plan));
  res.set({ 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  const csv = stringify({
    bom: true,
    header: true,
    columns: plan.columns.map((column) => column.header),
    record_delimiter: 'windows',
    // A cell starting with = + - @ would run as a formula in a spreadsheet: editors' text is prefixed with '.
    escape_formulas: true,
    cast: { boolean: (value: boolean) => String(value) },
  });
  try {
    await pipeline(Readable.from(records()), csv, res);
    options.log.info(
      { path: plan.connectionPath.join('.'), operationName: plan.operationName, rows, pages, ms: Date.now() - started },
      'csv export finished',
    );
  } catch (error) {
    // The status and header are sent: the only honest signal left is an incomplete response (pipeline has
    // destroyed it, so the chunked body never gets its final chunk).
    if (!res.destroyed) res.destroy(error as Error);
    const reason = error instanceof PageRefused ? error.message : (error as Error).message;
    const level = cancel.signal.aborted && !(error instanceof PageRefused) ? 'info' : 'error';
    options.log[level](
      { path: plan.connectionPath.join('.'), operationName: plan.operationName, rows, pages, reason },
      level === 'info' ? 'csv export cancelled by the client' : 'csv export cut off mid-stream',
    );
  }
}

/** The request's parameters, from the URL (GET; variables and extensions as JSON text) or the JSON body (POST). */
function readParameters(req: express.Request, safelist: Safelist | undefined): ExportParameters {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source))
    throw new ExportRequestError('body', 'send one JSON object with query, variables and path');
  const json = (name: string): unknown => {
    const value = source[name];
    if (req.method !== 'GET' || typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      throw new ExportRequestError(name, 'is not valid JSON');
    }
  };
  const variables = json('variables') ?? {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables))
    throw new ExportRequestError('variables', 'must be a JSON object');
  const path = source.path;
  if (typeof path !== 'string' || !/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/.test(path)) {
    throw new ExportRequestError(
      'path',
      'name the connection to export by its response keys, dotted, e.g. `projects` or `province.organization.projects`',
    );
  }
  const pageSizeText = source.pageSize ?? MAX_PAGE_SIZE;
  const pageSize = Number(pageSizeText);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new ExportRequestError('pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${String(pageSizeText).slice(0, 20)}`);
  const operationName = source.operationName;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    throw new ExportRequestError('operationName', 'must be a string');
  const filename = source.filename;
  if (filename !== undefined && typeof filename !== 'string') throw new ExportRequestError('filename', 'must be a string');

  const request: GraphQLBody = { query: source.query, documentId: source.documentId, extensions: json('extensions') };
  if (safelist) {
    const refusal = admitRegistered(request, safelist);
    if (refusal) throw new ExportRequestError('query', refusal, 400, 'PERSISTED_QUERY_NOT_IN_LIST');
  } else if (typeof request.query !== 'string' || request.query === '') {
    throw new ExportRequestError(
      'query',
      request.documentId || request.extensions
        ? 'this gateway is not in safelist mode: send the operation text as query'
        : 'send the operation text as query',
    );
  }
  return {
    request,
    operationName: operationName ?? undefined,
    variables: variables as Record<string, unknown>,
    path: path.split('.'),
    pageSize,
    filename,
  };
}

/** The gateway's own /graphql, on the very address and port this request came in on. */
function loopbackUrl(req: express.Request): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}/graphql`;
}

/** The HTTP status a GraphQL answer with errors (and HTTP 200) means for a caller who has no rows yet. */
function statusOfErrors(errors: readonly { extensions?: { code?: unknown } }[]): number {
  const statuses = new Set(errors.map((error) => CLIENT_FAULTS[String(error.extensions?.code)] ?? 502));
  return statuses.size === 1 ? [...statuses][0] : 502;
}
/** Codes that mean the caller asked for something wrong or not allowed; anything else is the API failing. */
const CLIENT_FAULTS: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

function filenameOf(asked: string | undefined, plan: ExportPlan): string {
  const base = (asked || plan.operationName || plan.connectionPath[plan.connectionPath.length - 1])
    .replace(/\.csv$/i, '')
    .replace(/[^\p{L}\p{M}\p{N}\u200c._-]+/gu, '-')
    .slice(0, 100);
  return `${base || 'export'}.csv`;
}
