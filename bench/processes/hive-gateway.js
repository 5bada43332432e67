'use strict';
// Hive Gateway (@graphql-hive/gateway) serving a supergraph file with its defaults, passing the caller's
// x-hamyar-identity header on to the subgraphs, as the subgraphs require it. Env: PORT, SUPERGRAPH_PATH.
const http = require('node:http');
const { createGatewayRuntime } = require('@graphql-hive/gateway');

const IDENTITY_HEADER = 'x-hamyar-identity';

const gateway = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const identity = request.headers.get(IDENTITY_HEADER);
      return identity ? { [IDENTITY_HEADER]: identity } : {};
    },
  },
});

const server = http.createServer(gateway);
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(`Hive Gateway ready at http://127.0.0.1:${process.env.PORT}${gateway.graphqlEndpoint}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
