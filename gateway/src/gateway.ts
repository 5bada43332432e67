import fs from 'node:fs';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import {
  ForwardedIdentitySigner,
  GATEWAY_JWKS_PATH,
  REFERENCE_CHECK_OPERATIONS,
  ServiceMetrics,
  createLogger,
  defaultRequestSafety,
  startHttpService,
  startTracing,
  type RunningService,
} from '@hamyar/shared';
import { GatewayKeys } from './auth/gateway-keys';
import { RegistryConnection } from './registry/registry-connection';
import { registryRoutes } from './registry/registry-routes';
import { RegistrySupergraph } from './registry/registry-supergraph';
import { createCallerIdentity } from './auth/caller-identity';
import { DEFAULT_QUERY_PLAN_CACHE_MIB, DEFAULT_TRANSPORT, loadGatewayConfig, type GatewayConfig } from './config';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page';
import { insightsOperations, insightsRoutes } from './insights/insights-routes';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { SubgraphCalls } from './resilience/subgraph-calls';
import { DEFAULT_SUBGRAPH_CALLS } from './resilience/subgraph-call-policy';
import { GatewayRateLimiter } from './rate-limit/gateway-rate-limiter';
import { countPlanCacheHits, supergraphReadiness } from './gateway-health';
import { InFlight } from './transport/in-flight';
import { SubgraphHttpClient, type SubgraphHttpResponse } from './transport/subgraph-http-client';
import { manifestFileSource } from './persisted-operations/manifest-file-source';
import { persistedOperationRoutes, registrySafelistSource } from './persisted-operations/persisted-operation-routes';
import { Safelist, type SafelistSource } from './persisted-operations/safelist';
import { safelistGuard } from './persisted-operations/safelist-guard';
import { csvExportRoutes } from './csv-export/csv-export-routes';
import { InternalRequests } from './csv-export/internal-requests';

export interface RunningGateway extends RunningService {
  /** The registry version of the supergraph being served (0: the committed file); undefined without a registry. */
  servedSupergraphVersion(): number | undefined;
}

/**
 * The gateway serves the registry's newest supergraph, following it without a restart, and hosts the
 * registry's API under /registry. Without a registry it serves the committed supergraph.graphql. It needs no
 * subgraph to be up to start: a subgraph that is down fails only the parts of a query that need it; and a
 * registry that is down leaves it on the last supergraph it served well.
 */
export async function startGateway(config: GatewayConfig = loadGatewayConfig()): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel ?? 'info');
  const metrics = new ServiceMetrics('gateway');
  const tracing = config.tracing ? startTracing('gateway', config.tracing) : undefined;
  const calls = new SubgraphCalls(metrics, log, tracing, config.subgraphCalls ?? DEFAULT_SUBGRAPH_CALLS);
  const internal = new InternalRequests();
  const rateLimiter = config.rateLimit
    ? new GatewayRateLimiter(config.rateLimit, log, (request) => internal.clientAddress(request))
    : undefined;
  await rateLimiter?.ready();
  const committedSdl = fs.readFileSync(config.supergraphFile, 'utf8');
  const callerIdentity = createCallerIdentity(config.auth);
  const keys = new GatewayKeys(config.signing);
  const signer = new ForwardedIdentitySigner(keys);
  const connection = config.registry
    ? new RegistryConnection({ settings: config.registry, signer, log: (message) => log.error(message) })
    : undefined;
  await connection?.start();
  const follower = config.registry
    ? new RegistrySupergraph({
        source: {
          latest: async () => {
            if (!connection?.registry) throw new Error('the registry is not open yet');
            return connection.registry.registry.currentSupergraph();
          },
        },
        fallbackSdl: committedSdl,
        lastGoodFile: config.registry.lastGoodFile,
        pollIntervalMs: config.registry.pollIntervalMs,
        log: (message) => log.info(message),
      })
    : undefined;
  // @apollo/gateway sends usage metrics to Apollo's servers (and probes cloud metadata addresses) unless
  // this variable says not to; a government API on a closed network sends nothing anywhere unasked.
  if (!config.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const transportConfig = config.transport ?? DEFAULT_TRANSPORT;
  const transport = {
    client: new SubgraphHttpClient({ connectionsPerSubgraph: transportConfig.connectionsPerSubgraph, keepAliveMs: 30_000 }),
    inFlight: transportConfig.dedupeInFlight ? new InFlight<SubgraphHttpResponse>() : null,
  };
  // The registry's list is read through the connection, so a registry that opens late still feeds it.
  const registryList: SafelistSource | undefined = connection && {
    load: async () => {
      if (!connection.registry) throw new Error('the registry is not open yet');
      return registrySafelistSource(connection.registry.database.dataSource).load();
    },
  };
  const safelistSource = config.safelist?.manifestFile ? manifestFileSource(config.safelist.manifestFile) : registryList;
  // Safelist mode without a reachable source fails closed: an empty list, so nothing runs until it is back.
  const unavailable = { load: async () => Promise.reject(new Error('the registry is unavailable')) };
  const safelist = config.safelist?.enabled
    ? new Safelist(safelistSource ?? unavailable, (message) => log.warn(message), gatewayOwnOperations())
    : undefined;
  await safelist?.start(config.registry?.pollIntervalMs ?? 2_000);
  const gateway = new ApolloGateway({
    supergraphSdl: follower ?? committedSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        config.subgraphUrls[name] ?? url!,
        config.subgraphTimeouts?.[name] ?? config.subgraphTimeoutMs,
        signer,
        transport,
        calls,
      ),
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB ?? DEFAULT_QUERY_PLAN_CACHE_MIB,
  });
  countPlanCacheHits(gateway, metrics);
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    apiSchema = update.apiSchema;
  });
  const requestSafety = config.requestSafety ?? defaultRequestSafety();
  const readiness = supergraphReadiness(gateway, calls.policies, () => follower?.servedVersion);
  const service = await startHttpService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    port: config.port,
    gateway,
    requestSafety,
    trustProxy: config.trustProxy,
    beforeBody: rateLimiter ? [(request) => rateLimiter.admitIp(request)] : [],
    beforeGraphQL: safelist ? [safelistGuard(safelist)] : [],
    plugins: [graphiqlLandingPage(config.playground ?? 'on')],
    log,
    metrics,
    tracing,
    readiness,
    requestLogFields: (context) => ({ subgraphs: calls.timingsOf(context) }),
    context: async (request) => {
      const identity = await callerIdentity(request.headers.authorization);
      await rateLimiter?.checkCaller(identity);
      return { identity };
    },
    routes: (app) => {
      // The public keys subgraphs verify forwarded identities with; a key about to sign is listed ahead of use.
      app.get(GATEWAY_JWKS_PATH, (_req, res) => {
        res.set('cache-control', 'no-cache').json(keys.jwks());
      });
      if (connection) {
        // Mounted whether or not the registry is open yet: until it is, its API answers 503.
        const routes = new Map<unknown, ReturnType<typeof registryRoutes>>();
        app.use('/registry', (req, res, next) => {
          const open = connection.registry;
          if (!open) {
            res
              .status(503)
              .json({ error: { code: 'REGISTRY_UNAVAILABLE', message: 'the schema registry is not available yet; try again shortly' } });
            return;
          }
          if (!routes.has(open)) {
            const api = express.Router();
            api.use(
              '/persisted-operations',
              persistedOperationRoutes(open.database.dataSource, callerIdentity, async () => safelist?.refresh()),
            );
            api.use(registryRoutes(open.registry, callerIdentity));
            routes.set(open, api);
          }
          routes.get(open)!(req, res, next);
        });
      }
      // Each page of an export is a request to /graphql (counted there too); the export itself counts once.
      if (rateLimiter) app.use('/export.csv', rateLimiter.ipMiddleware);
      app.use('/export.csv', csvExportRoutes({ schema: () => apiSchema, safelist, limits: requestSafety.limits, internal, log }));
      app.use(
        '/insights',
        insightsRoutes({
          graphqlPath: '/graphql',
          playgroundPath: config.playground === 'off' ? null : '/graphql',
          exportPath: '/export.csv',
        }),
      );
      app.get('/health/supergraph', (_req, res) => {
        res.json({ servedVersion: follower?.servedVersion ?? null, registry: connection?.status ?? null });
      });
    },
    onStopped: async () => {
      await transport.client.close();
      keys.stop();
      safelist?.stop();
      await connection?.close();
      await rateLimiter?.close();
      await tracing?.shutdown();
    },
  });
  return { ...service, servedSupergraphVersion: () => follower?.servedVersion };
}

/**
 * What a safelisted gateway runs without registration, by exact text: the subgraphs' reference checks (a write
 * in any subgraph needs them) and the dashboard's queries (the gateway's own page). All read public fields only.
 */
function gatewayOwnOperations(): string[] {
  return [
    ...Object.values(REFERENCE_CHECK_OPERATIONS).map((operation) => operation.body),
    ...insightsOperations().map((operation) => operation.document),
  ];
}
