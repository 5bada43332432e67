import { seedIds } from '@hamyar/shared';
import { editorOf, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

async function data(query: string, variables?: Record<string, unknown>, token?: string) {
  const { body } = await federation.query(query, variables, { token });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  municipalities(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id nameFa } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const page = async (args: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
  (await data(PAGE, args)).municipalities;
const ids = (connection: any): string[] => connection.edges.map((e: any) => e.node.id);
const inOrder = async () => (await sql<{ id: string }>(`SELECT id FROM municipality ORDER BY name_fa, id`)).map((r) => r.id);

async function createMunicipality(provinceCode: string, nameFa: string, nameEn: string): Promise<string> {
  const { createMunicipality } = await data(
    `mutation($input: MunicipalityCreateInput!) { createMunicipality(input: $input) { id } }`,
    { input: { provinceCode, nameFa, nameEn } },
    await editorOf(provinceCode),
  );
  return createMunicipality.id;
}

describe('organizations: lists page forwards and backwards', () => {
  it('walking backwards with last/before gives the forward walk reversed', async () => {
    const expected = await inOrder();
    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ first: 5, after });
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      forwards.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forwards).toEqual(expected);

    const backwards: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const p = await page({ last: 5, before });
      // A backward page is still in the list's order, and says what lies on either side of it.
      expect(p.totalCount).toBe(expected.length);
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
      backwards.unshift(ids(p));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backwards.flat()).toEqual(expected);
    expect(backwards[backwards.length - 1]).toEqual(expected.slice(-5));
  });

  it('last alone is the end of the list; before a forward page’s end cursor is the rows before it', async () => {
    const expected = await inOrder();
    expect(ids(await page({ last: 3 }))).toEqual(expected.slice(-3));
    const first = await page({ first: 6 });
    const beforeEnd = await page({ last: 2, before: first.pageInfo.endCursor });
    expect(ids(beforeEnd)).toEqual(expected.slice(3, 5));
    expect(beforeEnd.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    // and both bounds at once: the rows strictly between two cursors
    const between = await page({ first: 10, after: first.edges[1].cursor, before: first.edges[5].cursor });
    expect(ids(between)).toEqual(expected.slice(2, 5));
  });

  it('first and last together is refused, naming the field', async () => {
    const { body } = await federation.query(PAGE, { first: 2, last: 2 });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });

  it('a forward cursor stays where it was when a municipality is created before it', async () => {
    const before = await inOrder();
    const first = await page({ first: 5 });
    expect(ids(first)).toEqual(before.slice(0, 5));
    // آباده (Abadeh, Fars) sorts before every seeded name
    const abadeh = await createMunicipality('IR-07', 'آباده', 'Abadeh');
    const after = await inOrder();
    expect(after[0]).toBe(abadeh);
    const next = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(ids(next)).toEqual(before.slice(5, 10));
    expect(next.totalCount).toBe(before.length + 1);
    // the new row is there for whoever starts again
    expect(ids(await page({ first: 1 }))).toEqual([abadeh]);
  });

  it('a backward cursor stays where it was when a municipality is created after it', async () => {
    const before = await inOrder();
    const last = await page({ last: 4 });
    expect(ids(last)).toEqual(before.slice(-4));
    // یزدانشهر (Yazdanshahr, Isfahan) sorts after every seeded name
    const yazdanshahr = await createMunicipality('IR-10', 'یزدانشهر', 'Yazdanshahr');
    expect((await inOrder()).at(-1)).toBe(yazdanshahr);
    const previous = await page({ last: 4, before: last.pageInfo.startCursor });
    expect(ids(previous)).toEqual(before.slice(-8, -4));
    expect(ids(await page({ last: 1 }))).toEqual([yazdanshahr]);
  });

  it('a cursor between rows skips nothing and repeats nothing when rows are created on both sides of it', async () => {
    const before = await inOrder();
    const first = await page({ first: 10 });
    const cut = first.pageInfo.endCursor;
    // one before the cut (آباده طشک, Abadeh Tashk) and one after it (نورآباد, Nurabad), both in Fars
    await createMunicipality('IR-07', 'آباده طشک', 'Abadeh Tashk');
    await createMunicipality('IR-07', 'نورآباد', 'Nurabad');
    const rest: string[] = [];
    let after: string | null = cut;
    for (;;) {
      const p = await page({ first: 10, after });
      rest.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const now = await inOrder();
    expect([...ids(first), ...rest].filter((id) => before.includes(id))).toEqual(before);
    expect(rest).toEqual(now.slice(now.indexOf(ids(first)[9]) + 1));
  });
});

describe('organizations: nested lists page both ways too', () => {
  const STAKES = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    organization(id: $id) {
      shareholdings(first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { municipality { nameEn } percent } } pageInfo { hasNextPage hasPreviousPage startCursor }
      }
    }
  }`;
  const fars = seedIds.organization('IR-07');

  it('an organization’s stakes, largest first, with the unknown one last: first, last and before', async () => {
    const names = (c: any) => c.edges.map((e: any) => e.node.municipality.nameEn);
    const all = (await data(STAKES, { id: fars, first: 10 })).organization.shareholdings;
    expect(names(all)).toEqual(['Shiraz', 'Meymand']);
    const last = (await data(STAKES, { id: fars, last: 1 })).organization.shareholdings;
    expect(names(last)).toEqual(['Meymand']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const beforeIt = (await data(STAKES, { id: fars, last: 5, before: last.pageInfo.startCursor })).organization.shareholdings;
    expect(names(beforeIt)).toEqual(['Shiraz']);
    expect(beforeIt.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('a province’s municipalities and an organization’s subsidiaries take last/before', async () => {
    const { province } = await data(
      `{ province(code: "IR-07") { municipalities(last: 2) { totalCount nodes { nameFa } pageInfo { hasPreviousPage } } } }`,
    );
    const fars = (
      await sql<{ name_fa: string }>(`SELECT name_fa FROM municipality WHERE province_code = 'IR-07' ORDER BY name_fa, id`)
    ).map((r) => r.name_fa);
    expect(province.municipalities.nodes.map((m: any) => m.nameFa)).toEqual(fars.slice(-2));
    expect(province.municipalities.pageInfo.hasPreviousPage).toBe(fars.length > 2);
    const { organization } = await data(
      `query($id: ID!) { organization(id: $id) { subsidiaries(last: 1) { totalCount nodes { nameEn } } } }`,
      {
        id: seedIds.organization('IR-02'),
      },
    );
    expect(organization.subsidiaries.totalCount).toBe(2);
    expect(organization.subsidiaries.nodes).toHaveLength(1);
  });
});
