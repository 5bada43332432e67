import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';

/** The header that carries one request's ID from the client (if it sent a sane one) to the gateway and subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an ID: the caller's `x-request-id` when it is of a sane shape, else a new UUID. It is
 * written back on the request's headers (so Apollo Server and the gateway's subgraph calls read it from
 * there) and on the response. Plain node:http types: it runs both as Express middleware and on the GraphQL path.
 */
export const assignRequestId = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader(REQUEST_ID_HEADER, id);
  next();
};

/** Extra fields a service adds to a request's log line (the gateway: its per-subgraph timings). */
export type RequestLogFields = (context: BaseContext) => Record<string, unknown> | undefined;

/**
 * One log line and the metrics of each GraphQL request: its ID, operation name and type, duration, error
 * codes. Never the query's variables or the caller's token (the logger redacts those anyway).
 */
export function requestTelemetryPlugin(
  metrics: ServiceMetrics,
  log: Logger,
  extraFields?: RequestLogFields,
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      const codes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = metrics.errorCodes.of(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), 'INTERNAL_SERVER_ERROR');
            codes.push(code);
            metrics.errors.inc({ code });
          }
        },
        async willSendResponse({ operationName, operation, contextValue, response }) {
          const seconds = (performance.now() - started) / 1000;
          const labels = { operation: metrics.operationNames.of(operationName), type: operation?.operation ?? 'unknown' };
          metrics.requestDuration.observe(labels, seconds);
          if (!log.isLevelEnabled('info')) return;
          const line = {
            requestId,
            operation: operationName ?? null,
            type: labels.type,
            durationMs: Math.round(seconds * 10_000) / 10,
            status: response.http.status ?? 200,
            ...(codes.length ? { errorCodes: codes } : {}),
            ...extraFields?.(contextValue),
          };
          // The line is written (a blocking write to stdout) once the response has gone: Apollo sends it in the
          // promise callbacks after this hook, an immediate runs after them. Its fields are taken now.
          setImmediate(() => log.info(line, 'graphql request'));
        },
      };
    },
  };
}
