'use strict';
// Hive Gateway (@graphql-hive/gateway) serving a supergraph file with its defaults; the one addition is the
// forwarded identity the subgraphs require, set per subgraph with its documented propagateHeaders option.
// Env: PORT, SUPERGRAPH_PATH, GATEWAY_SIGNING_KEYS.
const http = require('node:http');
const { createGatewayRuntime } = require('@graphql-hive/gateway');

const { IDENTITY_HEADER, forwardedIdentityFor } = require('./sign-forwarded-identity');

const gateway = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: async ({ subgraphName }) => ({ [IDENTITY_HEADER]: await forwardedIdentityFor(subgraphName) }),
  },
});

const server = http.createServer(gateway);
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(`Hive Gateway ready at http://127.0.0.1:${process.env.PORT}${gateway.graphqlEndpoint}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
