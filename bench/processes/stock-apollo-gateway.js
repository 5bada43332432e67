'use strict';
// Stock @apollo/gateway as Apollo documents it: ApolloServer + ApolloGateway over a supergraph file, the
// default RemoteGraphQLDataSource; the one addition passes the caller's x-hamyar-identity header on, as the
// subgraphs require it. Env: PORT, SUPERGRAPH_PATH.
const fs = require('node:fs');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');

const IDENTITY_HEADER = 'x-hamyar-identity';

async function main() {
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(process.env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request, context }) {
          if (context.identity) request.http.headers.set(IDENTITY_HEADER, context.identity);
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async ({ req }) => ({ identity: req.headers[IDENTITY_HEADER] }),
  });
  console.log(`stock @apollo/gateway ready at ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
