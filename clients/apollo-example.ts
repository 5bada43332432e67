import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ChangeProjectStatusDocument, ProvinceOverviewDocument, type ProjectStatus } from './generated/graphql';
import { typePolicies } from './type-policies';

/**
 * A frontend's Apollo Client for Hamyar Graph: one HTTP link to the gateway (with the caller's bearer token,
 * if any) and a cache that knows each entity's key. The documents are the typed ones codegen made from
 * `clients/operations/`, so `data` and `variables` are checked by TypeScript against the supergraph.
 */
export function createHamyarClient(gatewayUrl: string, token?: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: gatewayUrl, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache({ typePolicies }),
  });
}

/** A province page's data: typed as ProvinceOverviewQuery['province']. */
export async function loadProvinceOverview(client: ApolloClient, code: string) {
  const { data } = await client.query({ query: ProvinceOverviewDocument, variables: { code } });
  return data?.province ?? null;
}

/** An editor moves a project on; the answer updates the cached project wherever a page shows it. */
export async function changeProjectStatus(client: ApolloClient, id: string, version: number, status: ProjectStatus) {
  const { data } = await client.mutate({ mutation: ChangeProjectStatusDocument, variables: { id, version, status } });
  return data?.changeProjectStatus ?? null;
}
