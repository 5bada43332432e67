'use strict';
// The three core subgraphs and a gateway in this one process (the built packages), for the benches that
// measure requests against their SQL: they read each subgraph's statement counter and data source directly.
const {
  DEFAULT_OPERATION_LIMITS,
  GATEWAY_JWKS_PATH,
  defaultRequestSafety,
  generateSigningKeySet,
  startSubgraph,
} = require('../../shared/dist');
const { startGateway } = require('../../gateway/dist');
const { organizationsSubgraph } = require('../../subgraphs/organizations/dist');
const { projectsSubgraph } = require('../../subgraphs/projects/dist');
const { agreementsSubgraph } = require('../../subgraphs/agreements/dist');
const { SUPERGRAPH_FILE } = require('../../gateway/dist/compose/compose-supergraph');

/**
 * Starts organizations, projects and agreements (in that order: `subgraphs[1]` is projects) on
 * `database(name)`, then the gateway, all with the default request limits but for `limits`. Resolves to the
 * running subgraphs and gateway, and `stop()`.
 */
async function startInProcessFederation({ database, subgraphTimeoutMs, limits = {} }) {
  const requestSafety = { ...defaultRequestSafety(), limits: { ...DEFAULT_OPERATION_LIMITS, ...limits } };
  // Subgraphs find the gateway (its JWKS) once it listens: they read its address at their first request.
  const gatewayAddress = { jwksUrl: '', graphqlUrl: '' };
  const subgraphs = [];
  for (const definition of [organizationsSubgraph, projectsSubgraph, agreementsSubgraph]) {
    subgraphs.push(
      await startSubgraph(definition, {
        name: definition.name,
        host: '127.0.0.1',
        port: 0,
        database: database(definition.name),
        seed: true,
        logLevel: 'warn',
        gateway: gatewayAddress,
        jwks: { cacheMaxAgeMs: 60000, cooldownMs: 10000 },
        requestSafety,
      }),
    );
  }
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    subgraphTimeoutMs,
    signing: { keys: generateSigningKeySet(), reloadMs: 10000 },
    auth: {},
    requestSafety,
  });
  gatewayAddress.graphqlUrl = gateway.url;
  gatewayAddress.jwksUrl = gateway.url.replace('/graphql', GATEWAY_JWKS_PATH);
  return {
    subgraphs,
    gateway,
    async stop() {
      await gateway.stop();
      await Promise.all(subgraphs.map((s) => s.stop()));
    },
  };
}

module.exports = { startInProcessFederation };
