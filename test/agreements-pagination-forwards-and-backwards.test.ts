import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation, type GraphQLResponse } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: AgreementOrder) {
  agreements(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  totalCount: number;
  ids: string[];
  cursors: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function page(variables: Record<string, unknown>): Promise<Page> {
  const { body }: GraphQLResponse = await federation.query(PAGE, variables);
  expect(body.errors).toBeUndefined();
  const list = body.data.agreements;
  return {
    totalCount: list.totalCount,
    ids: list.edges.map((e: any) => e.node.id),
    cursors: list.edges.map((e: any) => e.cursor),
    pageInfo: list.pageInfo,
  };
}

async function walkForwards(size: number, orderBy?: Record<string, unknown>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const p = await page({ first: size, after, orderBy });
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
    seen.push(...p.ids);
    if (!p.pageInfo.hasNextPage) return seen;
    after = p.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

async function walkBackwards(size: number, orderBy?: Record<string, unknown>): Promise<string[]> {
  const seen: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const p = await page({ last: size, before, orderBy });
    expect(p.pageInfo.hasNextPage).toBe(before !== null);
    seen.unshift(...p.ids);
    if (!p.pageInfo.hasPreviousPage) return seen;
    before = p.pageInfo.startCursor;
  }
  throw new Error('paging did not end');
}

const ORDERS = [
  undefined,
  { field: 'SIGNED_ON', direction: 'ASC' },
  { field: 'TITLE', direction: 'ASC' },
  { field: 'TITLE' },
  { field: 'CREATED_AT', direction: 'ASC' },
  { field: 'CREATED_AT' },
];

describe('agreement lists page both ways with keyset cursors', () => {
  it.each(ORDERS.map((order) => [JSON.stringify(order ?? 'default'), order]))(
    'walks all agreements four at a time forwards and backwards, in order %s, each exactly once',
    async (_, orderBy) => {
      const all = (await page({ first: 100, orderBy })).ids;
      expect(all).toHaveLength(15);
      expect(await walkForwards(4, orderBy)).toEqual(all);
      expect(await walkBackwards(4, orderBy)).toEqual(all);
    },
  );

  it('a cursor stays where it was when an agreement is inserted before it through the API', async () => {
    const before = (await page({ first: 100 })).ids;
    const first = await page({ first: 5 });
    expect(first.ids).toEqual(before.slice(0, 5));

    // signed today: it sorts first, before the cursor
    const { body } = await federation.query(
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
      {
        input: {
          titleFa: 'تفاهم‌نامهٔ تازه',
          signedOn: { iso: new Date().toISOString().slice(0, 10) },
          parties: [{ organizationId: seedIds.organization('IR-09') }, { organizationId: seedIds.organization('IR-10') }],
        },
      },
      { token: await nationalAdmin() },
    );
    expect(body.errors).toBeUndefined();
    const inserted = body.data.createAgreement.id;

    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(second.ids).toEqual(before.slice(5, 10));
    expect(second.totalCount).toBe(16);
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    // and back from the second page: the first page as it was, the new agreement before it
    const back = await page({ last: 5, before: second.pageInfo.startCursor });
    expect(back.ids).toEqual(before.slice(0, 5));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await page({ last: 5, before: back.pageInfo.startCursor });
    expect(head.ids).toEqual([inserted]);
    expect(head.pageInfo.hasPreviousPage).toBe(false);

    // an edge's own cursor continues right after it
    const fromThird = await page({ first: 2, after: first.cursors[2] });
    expect(fromThird.ids).toEqual(before.slice(3, 5));

    // creation instants now differ: cursors carry them exactly, both ways
    for (const orderBy of [{ field: 'CREATED_AT', direction: 'ASC' }, { field: 'CREATED_AT' }]) {
      const all = (await page({ first: 100, orderBy })).ids;
      expect(all).toHaveLength(16);
      expect(all[orderBy.direction === 'ASC' ? 15 : 0]).toBe(inserted);
      expect(await walkForwards(3, orderBy)).toEqual(all);
      expect(await walkBackwards(3, orderBy)).toEqual(all);
    }
  });

  it('pages a nested list backwards: the last four of Razavi Khorasan’s summit MoUs', async () => {
    const query = `query($id: ID!, $first: Int, $last: Int) { organization(id: $id) { agreements(first: $first, last: $last) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } } }`;
    const all = (await federation.query(query, { id: seedIds.organization('IR-09'), first: 100 })).body.data.organization.agreements.nodes;
    const { body } = await federation.query(query, { id: seedIds.organization('IR-09'), last: 4 });
    expect(body.errors).toBeUndefined();
    // the organization has 11 summit MoUs and the one made in the test before
    expect(body.data.organization.agreements.nodes).toEqual(all.slice(-4));
    expect(body.data.organization.agreements.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it('refuses first with last, and a cursor it did not give out', async () => {
    const both = await federation.query(`{ agreements(first: 2, last: 2) { totalCount } }`);
    expect(both.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    const forged = await federation.query(`{ agreements(before: "bm9wZQ") { totalCount } }`);
    expect(forged.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
  });
});
