import { seedIds } from '@hamyar/shared';
import { type GraphQLResponse } from './support/gateway-client';
import { sharedFederation, type SharedFederation } from './support/shared-federation';

let federation: SharedFederation;
beforeAll(async () => {
  federation = await sharedFederation();
});

describe('lists are connections paged by cursor', () => {
  it('walks all 31 provinces ten at a time, in code order, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body }: GraphQLResponse = await federation.query(
        `query($after: String) { provinces(first: 10, after: $after) { totalCount edges { cursor node { code } } nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      const page: any = body.data.provinces;
      expect(page.totalCount).toBe(31);
      expect(page.nodes).toEqual(page.edges.map((e: any) => e.node));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.nodes.map((n: { code: string }) => n.code));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(31);
    expect(seen).toEqual([...seen].sort());
    expect(seen[0]).toBe('IR-00');
    expect(seen[30]).toBe('IR-30');
  });

  it('pages a nested list per parent: Razavi Khorasan’s eleven summit agreements, four at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: GraphQLResponse = await federation.query(
        `query($id: ID!, $after: String) { organization(id: $id) { agreements(first: 4, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }`,
        { id: seedIds.organization('IR-09'), after },
      );
      const page: any = body.data.organization.agreements;
      expect(page.totalCount).toBe(11);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(11);
  });

  it('an empty page still counts the whole list', async () => {
    const { body } = await federation.query(`{ provinces(first: 0) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }`);
    expect(body.data.provinces).toEqual({ totalCount: 31, nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });
});
