import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { internalKey, startHttpService, type RunningService } from '@hamyar/shared';
import { createCallerIdentity } from './auth/caller-identity';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { graphiqlLandingPage } from './plugins/graphiql-landing-page';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

/**
 * The gateway serves the committed supergraph. It needs no subgraph to be up to start: a subgraph that is
 * down fails only the parts of a query that need it.
 */
export async function startGateway(config: GatewayConfig = loadGatewayConfig()): Promise<RunningService> {
  const supergraphSdl = fs.readFileSync(config.supergraphFile, 'utf8');
  const key = internalKey(config.internalSecret);
  const callerIdentity = createCallerIdentity(config.auth);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name] ?? url!, config.subgraphTimeoutMs, key),
  });
  return startHttpService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    port: config.port,
    gateway,
    plugins: [graphiqlLandingPage()],
    context: async (request) => ({ identity: await callerIdentity(request.headers.authorization) }),
  });
}
