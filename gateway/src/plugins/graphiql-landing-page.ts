import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE_QUERY = `# Mazandaran: its organization, projects and MoUs, from three subgraphs in one query
{
  province(code: "IR-02") {
    nameFa
    organization {
      name
      projects { nodes { title status } }
      agreements { nodes { number title signedOn { jalali iso } } }
    }
  }
}
`;

/**
 * Serves GraphiQL from the gateway itself. Apollo's default landing page loads its code from a CDN and is
 * blank on a closed network; this page carries its scripts inline (bundled from npm) and needs no internet.
 */
export function graphiqlLandingPage(endpoint = '/graphql'): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiQL({ title: 'Hamyar Graph', endpoint, defaultQuery: EXAMPLE_QUERY } as Parameters<typeof renderGraphiQL>[0]);
          return { html };
        },
      };
    },
  };
}
