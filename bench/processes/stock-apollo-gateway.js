'use strict';
// Stock @apollo/gateway as Apollo documents it: ApolloServer + ApolloGateway over a supergraph file, the
// default RemoteGraphQLDataSource; the one addition is the forwarded identity the subgraphs require, set in
// willSendRequest (Apollo's documented hook for headers). Env: PORT, SUPERGRAPH_PATH, GATEWAY_SIGNING_KEYS.
const fs = require('node:fs');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
const { IDENTITY_HEADER, forwardedIdentityFor } = require('./sign-forwarded-identity');

async function main() {
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(process.env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        async willSendRequest({ request }) {
          request.http.headers.set(IDENTITY_HEADER, await forwardedIdentityFor(name));
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  });
  console.log(`stock @apollo/gateway ready at ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
