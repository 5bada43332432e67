import { GraphQLError } from 'graphql';
import { PUBLIC_READER } from '../auth/identity';
import { IDENTITY_HEADER, signInternalIdentity } from '../auth/internal-identity';

/**
 * Checks references to entities another subgraph owns by asking that subgraph, through the federation's own
 * `_entities` entry point, never by reading its tables. Lookups go out as the public reader: they only read.
 */
export class EntityReferences {
  constructor(
    private readonly peerUrls: Readonly<Record<string, string>>,
    private readonly key: Uint8Array,
    private readonly timeoutMs = 5_000,
  ) {}

  /** One result per representation, in order: the selected fields, or null when the entity does not exist. */
  async resolve<T>(subgraph: string, representations: readonly Record<string, unknown>[], selection: string): Promise<(T | null)[]> {
    const url = this.peerUrls[subgraph];
    if (!url) throw new Error(`No URL configured for the ${subgraph} subgraph`);
    const typename = representations[0]?.__typename;
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
    let body: { data?: { _entities: (T | null)[] }; errors?: { message: string }[] };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signInternalIdentity(PUBLIC_READER, this.key) },
        body: JSON.stringify({ query, variables: { representations } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new GraphQLError(`Cannot check the reference: the ${subgraph} subgraph is unreachable; nothing was changed`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
        originalError: error as Error,
      });
    }
    if (!body.data) {
      throw new GraphQLError(`Cannot check the reference: the ${subgraph} subgraph answered ${body.errors?.[0]?.message ?? 'nothing'}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
      });
    }
    return body.data._entities.map((entity) => (entity && Object.keys(entity).length > 0 ? entity : null));
  }
}
