import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination/page-request';
import { isUuid } from '../reference/stable-id';

/** What a reference check learns of each kind of entity another subgraph owns. */
export interface ReferenceAnswers {
  readonly organization: { readonly id: string; readonly province: { readonly code: string } | null };
  readonly municipality: { readonly id: string; readonly province: { readonly code: string } | null };
  readonly project: { readonly id: string };
}
export type ReferenceKind = keyof ReferenceAnswers;

/**
 * The operations the reference checks send, one per kind of entity: fixed texts whatever the ids (they go in
 * `$ids`), so a gateway in safelist mode can know them in advance (it allows them as its own) and their cost
 * is the same page every time. Each reads public fields of the owner's list, filtered by id.
 */
export const REFERENCE_CHECK_OPERATIONS: { readonly [K in ReferenceKind]: { readonly name: string; readonly body: string } } = {
  organization: referenceOperation('HamyarOrganizationReferences', 'organizations', 'id province { code }'),
  municipality: referenceOperation('HamyarMunicipalityReferences', 'municipalities', 'id province { code }'),
  project: referenceOperation('HamyarProjectReferences', 'projects', 'id'),
};

function referenceOperation(name: string, list: string, selection: string) {
  return {
    name,
    body: `query ${name}($ids: [ID!]!) { ${list}(filter: { ids: $ids }, first: ${MAX_PAGE_SIZE}) { nodes { ${selection} } } }`,
  };
}

/**
 * Checks references to entities another subgraph owns (does this organization exist, which province is it
 * in?) by asking the gateway's public API, as any caller would: the owner's list filtered by the ids, a page
 * of ids a request.
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

  /** One answer per id, in order: what the owner says of the entity, or null when there is no such entity. */
  async find<K extends ReferenceKind>(kind: K, ids: readonly string[]): Promise<(ReferenceAnswers[K] | null)[]> {
    const operation = REFERENCE_CHECK_OPERATIONS[kind];
    // An id that is not even a UUID names nothing; the owner's list would refuse the whole page for it.
    const unique = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const pages: string[][] = [];
    for (let i = 0; i < unique.length; i += MAX_PAGE_SIZE) pages.push(unique.slice(i, i + MAX_PAGE_SIZE));
    const found = new Map<string, ReferenceAnswers[K]>();
    for (const page of pages) {
      for (const node of await this.ask<ReferenceAnswers[K]>(kind, operation, page)) found.set(node.id, node);
    }
    return ids.map((id) => found.get(id.toLowerCase()) ?? null);
  }

  private async ask<T>(kind: ReferenceKind, operation: { name: string; body: string }, ids: readonly string[]): Promise<T[]> {
    type Answer = {
      data?: Record<string, { nodes: T[] } | null> | null;
      errors?: { message: string; extensions?: { code?: string; serviceName?: string } }[];
    };
    let body: Answer;
    try {
      const response = await fetch(this.gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: operation.body, operationName: operation.name, variables: { ids } }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as Answer;
    } catch (error) {
      throw new GraphQLError(`Cannot check the reference (${kind}): the gateway is unreachable; nothing was changed`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'gateway' },
        originalError: error as Error,
      });
    }
    const list = body.data ? Object.values(body.data)[0] : null;
    if (!list || body.errors?.length) {
      const failure = body.errors?.[0];
      throw new GraphQLError(
        `Cannot check the reference (${kind}): ${failure?.message ?? 'the gateway answered nothing'}; nothing was changed`,
        {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: failure?.extensions?.serviceName ?? 'gateway' },
        },
      );
    }
    return list.nodes;
  }
}
