import { GraphQLError } from 'graphql';

/**
 * Checks references to entities another subgraph owns (does this organization exist, which province is it
 * in?) by asking the gateway's public API, as any caller would: one query of the owner's lookup field
 * (`organization(id:)`, `project(id:)`…) per id, aliased into a single request.
 *
 * Why through the gateway and not the owner subgraph directly: a subgraph answers only identities the
 * gateway signed for it, and a subgraph holds no signing material (TRUST.md), so it has nothing to call
 * another subgraph with. Giving it something (a token to pass on, a key) would hand every province's
 * subgraph a credential usable against the core ones. Reading as the public through the gateway needs no
 * credential, is held to every rule any caller is held to, and keeps working when a subgraph moves.
 * The checks only read public fields; a write still happens only in the subgraph that owns the record.
 */
export class EntityReferences {
  constructor(
    /** The gateway's GraphQL URL, read at each check (so a subgraph can start before the gateway). */
    private readonly gatewayUrl: () => string,
    private readonly timeoutMs = 5_000,
  ) {}

  /**
   * One result per id, in order: the selected fields of `field(id: …)`, or null when there is no such
   * entity. `field` is the owner's public lookup field, e.g. `organization`.
   */
  async find<T>(field: string, ids: readonly string[], selection: string): Promise<(T | null)[]> {
    if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(field)) throw new Error(`"${field}" is not a GraphQL field name`);
    if (ids.length === 0) return [];
    const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
    const query = `query HamyarReferenceCheck(${ids.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${ids
      .map((_, i) => `r${i}: ${field}(id: $id${i}) { ${selection} }`)
      .join(' ')} }`;
    let body: { data?: Record<string, T | null> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string; serviceName?: string } }[] };
    try {
      const response = await fetch(this.gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new GraphQLError(`Cannot check the reference (${field}): the gateway is unreachable; nothing was changed`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'gateway' },
        originalError: error as Error,
      });
    }
    // A lookup field answers NOT_FOUND (or null) for an id it does not know: that is an answer, not a failure.
    const failure = body.errors?.find((e) => e.extensions?.code !== 'NOT_FOUND' || e.path?.length !== 1);
    if (!body.data || failure) {
      const serviceName = body.errors?.find((e) => e.extensions?.serviceName)?.extensions?.serviceName;
      throw new GraphQLError(`Cannot check the reference (${field}): ${failure?.message ?? 'the gateway answered nothing'}; nothing was changed`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: serviceName ?? 'gateway' },
      });
    }
    const data = body.data;
    return ids.map((_, i) => data[`r${i}`] ?? null);
  }
}
