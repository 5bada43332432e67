import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { createErrorFormatter } from './format-error';
import { ServiceLifecycle } from './lifecycle';
import { requestSafetyOptions } from '../request-safety/apollo-options';
import { requestErrorHandler } from '../request-safety/request-body';
import { defaultRequestSafety, type RequestSafetyConfig } from '../request-safety/request-safety-config';
import { createLogger, type Logger } from '../observability/logger';
import { ServiceMetrics } from '../observability/metrics';
import { assignRequestId, requestTelemetryPlugin, type RequestLogFields } from '../observability/request-telemetry';
import { withDeadline, type ReadinessCheck } from '../observability/health';
import type { Tracing } from '../observability/tracing';
import { graphqlHttpHandler, type GraphQLGuard, type GraphQLHttpRequest } from './graphql-http-handler';

export interface HttpServiceOptions<TContext extends BaseContext> {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  /** A subgraph serves a schema; the gateway serves through a gateway. */
  readonly schema?: GraphQLSchema;
  readonly gateway?: GatewayInterface;
  readonly plugins?: readonly ApolloServerPlugin<TContext>[];
  readonly context: (request: GraphQLHttpRequest) => Promise<TContext>;
  /** Limits checked before planning, and the production posture; the defaults when absent. */
  readonly requestSafety?: RequestSafetyConfig;
  /** Checks on a GraphQL request before its body is read (the gateway's per-IP rate limit). */
  readonly beforeBody?: readonly GraphQLGuard[];
  /** Checks on a GraphQL request after its body is read and before Apollo sees it (the gateway's safelist). */
  readonly beforeGraphQL?: readonly GraphQLGuard[];
  /** Further HTTP routes beside /graphql (the gateway's schema registry API); /graphql itself is not Express's. */
  readonly routes?: (app: express.Express) => void;
  /** The proxies whose X-Forwarded-For names the client (Express's `trust proxy`); absent: none. */
  readonly trustProxy?: number | readonly string[];
  /** Runs after the HTTP server closed, e.g. to stop polling and close a database. */
  readonly onStopped?: () => Promise<void>;
  readonly log?: Logger;
  readonly metrics?: ServiceMetrics;
  /** What /health/ready checks beyond the service being up (a subgraph: its database; the gateway: its supergraph). */
  readonly readiness?: ReadinessCheck;
  readonly tracing?: Tracing;
  /** Fields the service adds to each request's log line. */
  readonly requestLogFields?: RequestLogFields;
}

const GRAPHQL_PATH = /^\/graphql(?:[/?]|$)/i;

export interface RunningService {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly lifecycle: ServiceLifecycle;
  readonly metrics: ServiceMetrics;
  stop(): Promise<void>;
}

/**
 * Serves GraphQL at /graphql over HTTP with Apollo Server, plus /health/live and /health/ready for
 * orchestrators. Stopping drains: the service reports not-ready, finishes requests in flight, then closes.
 */
export async function startHttpService<TContext extends BaseContext>(options: HttpServiceOptions<TContext>): Promise<RunningService> {
  const lifecycle = new ServiceLifecycle(options.name);
  const log = options.log ?? createLogger(options.name);
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined)
    app.set('trust proxy', typeof options.trustProxy === 'number' ? options.trustProxy : [...options.trustProxy]);
  const httpServer = http.createServer();
  // Node closes an idle keep-alive connection after 5 s, and a client that picks that connection for its next
  // request in the same instant gets "other side closed" for a request the server never saw (seen under load in
  // the hostile-requests suite). Idle connections stay longer than a client's or a load balancer's own idle
  // timeout (60 s is the common default), so that it is always the client that closes them; headers still
  // have to arrive within their own bound.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const safety = options.requestSafety ?? defaultRequestSafety();
  const { plugins: safetyPlugins, ...safetyOptions } = requestSafetyOptions<TContext>(safety);
  const apollo = new ApolloServer<TContext>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated traces go to Apollo's hosted reporting, which a closed network never reaches.
      ...(options.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
      requestTelemetryPlugin(metrics, log, options.requestLogFields),
      // Nothing here sends cache-control hints, and the plugin wraps every resolved field to look for them.
      ApolloServerPluginCacheControlDisabled(),
      ...safetyPlugins,
      ...(options.plugins ?? []),
    ],
    formatError: createErrorFormatter(options.name, log, { production: safety.production }),
    ...safetyOptions,
    // runMain owns SIGTERM/SIGINT: Apollo's own handler would stop the server and re-send the signal, which
    // reads as a second signal (force exit, code 1) instead of a clean drain.
    stopOnTerminationSignals: false,
  } as ConstructorParameters<typeof ApolloServer<TContext>>[0]);
  await apollo.start();

  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });
  app.use(assignRequestId);
  if (options.tracing) app.use(options.tracing.middleware);
  app.get('/health/live', (_req, res) => {
    res.json({ service: options.name, state: lifecycle.state });
  });
  app.get('/health/ready', async (_req, res) => {
    const report =
      lifecycle.isReady && options.readiness ? await withDeadline(options.readiness, 2_000) : { ready: lifecycle.isReady, checks: {} };
    res.status(report.ready ? 200 : 503).json({ service: options.name, state: lifecycle.state, ready: report.ready, ...report.checks });
  });
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.exposition();
    res.type(contentType).send(body);
  });
  options.routes?.(app);
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found: GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Malformed JSON and oversized bodies are the client's fault: a 4xx in GraphQL's error shape, never a 500.
  app.use(requestErrorHandler(log, safety.limits));

  const graphql = graphqlHttpHandler(apollo, {
    limits: safety.limits,
    log,
    tracing: options.tracing,
    trustProxy: options.trustProxy,
    beforeBody: options.beforeBody,
    beforeGraphQL: options.beforeGraphQL,
    context: options.context,
  });
  // /graphql (and below it, as Express's app.use('/graphql') matched, in any case) skips Express entirely.
  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (GRAPHQL_PATH.test(request.url ?? '/')) graphql(request, response);
    else app(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  lifecycle.moveTo('ready');

  return {
    name: options.name,
    url: `http://${shownHost}:${port}/graphql`,
    port,
    lifecycle,
    metrics,
    async stop() {
      if (lifecycle.state !== 'ready') return;
      lifecycle.moveTo('draining');
      await apollo.stop();
      await options.onStopped?.();
      lifecycle.moveTo('stopped');
    },
  };
}
