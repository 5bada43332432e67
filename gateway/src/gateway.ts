import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ForwardedIdentitySigner, GATEWAY_JWKS_PATH, ServiceMetrics, createLogger, startHttpService, startTracing, type RunningService } from '@hamyar/shared';
import { GatewayKeys } from './auth/gateway-keys';
import { openRegistry, type OpenRegistry } from './registry';
import { registryRoutes } from './registry/registry-routes';
import { RegistrySupergraph } from './registry/registry-supergraph';
import { createCallerIdentity } from './auth/caller-identity';
import { DEFAULT_QUERY_PLAN_CACHE_MIB, DEFAULT_TRANSPORT, loadGatewayConfig, type GatewayConfig } from './config';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { SubgraphCalls } from './resilience/subgraph-calls';
import { DEFAULT_SUBGRAPH_CALLS } from './resilience/subgraph-call-policy';
import { GatewayRateLimiter } from './rate-limit/gateway-rate-limiter';
import { countPlanCacheHits, supergraphReadiness } from './gateway-health';
import { InFlight } from './transport/in-flight';
import { SubgraphHttpClient, type SubgraphHttpResponse } from './transport/subgraph-http-client';

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
  const rateLimiter = config.rateLimit ? new GatewayRateLimiter(config.rateLimit, log) : undefined;
  await rateLimiter?.ready();
  const committedSdl = fs.readFileSync(config.supergraphFile, 'utf8');
  const callerIdentity = createCallerIdentity(config.auth);
  const keys = new GatewayKeys(config.signing);
  const signer = new ForwardedIdentitySigner(keys);
  let opened: OpenRegistry | undefined;
  if (config.registry) {
    try {
      opened = await openRegistry(config.registry, signer);
    } catch (error) {
      log.error({ reason: (error as Error).message }, 'registry unavailable; serving the last good supergraph');
    }
  }
  const follower = config.registry
    ? new RegistrySupergraph({
        source: { latest: async () => (opened ? opened.registry.currentSupergraph() : null) },
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
  const gateway = new ApolloGateway({
    supergraphSdl: follower ?? committedSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name] ?? url!, config.subgraphTimeouts?.[name] ?? config.subgraphTimeoutMs, signer, transport, calls),
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB ?? DEFAULT_QUERY_PLAN_CACHE_MIB,
  });
  countPlanCacheHits(gateway, metrics);
  const readiness = supergraphReadiness(gateway, calls.policies, () => follower?.servedVersion);
  const service = await startHttpService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    port: config.port,
    gateway,
    plugins: [graphiqlLandingPage()],
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
      if (rateLimiter) app.use('/graphql', rateLimiter.ipMiddleware);
      // The public keys subgraphs verify forwarded identities with; a key about to sign is listed ahead of use.
      app.get(GATEWAY_JWKS_PATH, (_req, res) => {
        res.set('cache-control', 'no-cache').json(keys.jwks());
      });
      if (opened) app.use('/registry', registryRoutes(opened.registry, callerIdentity));
      app.get('/health/supergraph', (_req, res) => {
        res.json({ servedVersion: follower?.servedVersion ?? null });
      });
    },
    onStopped: async () => {
      await transport.client.close();
      keys.stop();
      await opened?.database.close();
      await rateLimiter?.close();
      await tracing?.shutdown();
    },
  });
  return { ...service, servedSupergraphVersion: () => follower?.servedVersion };
}
