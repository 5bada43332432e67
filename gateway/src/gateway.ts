import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ForwardedIdentitySigner, GATEWAY_JWKS_PATH, startHttpService, type RunningService } from '@hamyar/shared';
import { GatewayKeys } from './auth/gateway-keys';
import { openRegistry, type OpenRegistry } from './registry';
import { registryRoutes } from './registry/registry-routes';
import { RegistrySupergraph } from './registry/registry-supergraph';
import { createCallerIdentity } from './auth/caller-identity';
import { DEFAULT_QUERY_PLAN_CACHE_MIB, DEFAULT_TRANSPORT, loadGatewayConfig, type GatewayConfig } from './config';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
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
  const committedSdl = fs.readFileSync(config.supergraphFile, 'utf8');
  const callerIdentity = createCallerIdentity(config.auth);
  const keys = new GatewayKeys(config.signing);
  const signer = new ForwardedIdentitySigner(keys);
  let opened: OpenRegistry | undefined;
  if (config.registry) {
    try {
      opened = await openRegistry(config.registry, signer);
    } catch (error) {
      console.error(`[gateway] registry unavailable (${(error as Error).message}); serving the last good supergraph`);
    }
  }
  const follower = config.registry
    ? new RegistrySupergraph({
        source: { latest: async () => (opened ? opened.registry.currentSupergraph() : null) },
        fallbackSdl: committedSdl,
        lastGoodFile: config.registry.lastGoodFile,
        pollIntervalMs: config.registry.pollIntervalMs,
        log: (message) => console.log(`[gateway] ${message}`),
      })
    : undefined;
  const transportConfig = config.transport ?? DEFAULT_TRANSPORT;
  const transport = {
    client: new SubgraphHttpClient({ connectionsPerSubgraph: transportConfig.connectionsPerSubgraph, keepAliveMs: 30_000 }),
    inFlight: transportConfig.dedupeInFlight ? new InFlight<SubgraphHttpResponse>() : null,
  };
  const gateway = new ApolloGateway({
    supergraphSdl: follower ?? committedSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name] ?? url!, config.subgraphTimeoutMs, signer, transport),
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB ?? DEFAULT_QUERY_PLAN_CACHE_MIB,
  });
  const service = await startHttpService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    port: config.port,
    gateway,
    plugins: [graphiqlLandingPage()],
    context: async (request) => ({ identity: await callerIdentity(request.headers.authorization) }),
    routes: (app) => {
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
    },
  });
  return { ...service, servedSupergraphVersion: () => follower?.servedVersion };
}
