import { seedIds } from '@hamyar/shared';
import { nationalAdmin, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

/** The subgraph's own tables, to check answers against SQL the test writes itself. */
const sql = <T = any>(text: string, params: unknown[] = []): Promise<T[]> =>
  federation.subgraphs.organizations.database.dataSource.query(text, params);

async function data(query: string, variables?: Record<string, unknown>, token?: string) {
  const { body } = await federation.query(query, variables, { token });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const MUNICIPALITIES = `query($filter: MunicipalityFilter, $orderBy: MunicipalityOrder, $first: Int = 100) {
  municipalities(first: $first, filter: $filter, orderBy: $orderBy) { totalCount nodes { id nameFa province { code } } }
}`;
const ORGANIZATIONS = `query($filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { id name province { code } } }
}`;

const ARABIC_YEH = '\u064A';
const ARABIC_KAF = '\u0643';
const ZWNJ = '\u200C';
const TATWEEL = '\u0640';
/** The text as an Arabic keyboard types it: Arabic yeh and kaf for the Persian ones. */
const arabicKeyboard = (text: string) => text.replace(/ی/g, ARABIC_YEH).replace(/ک/g, ARABIC_KAF);

describe('organizations: filters', () => {
  it('provinceCodes keeps the organizations of those provinces, whatever the codes’ case', async () => {
    const { organizations } = await data(ORGANIZATIONS, { filter: { provinceCodes: ['IR-07', 'ir-02'] } });
    expect(organizations.totalCount).toBe(2);
    expect(organizations.nodes.map((o: any) => o.province.code)).toEqual(['IR-02', 'IR-07']);
  });

  it('an empty provinceCodes list matches none; a missing filter matches all', async () => {
    expect((await data(ORGANIZATIONS, { filter: { provinceCodes: [] } })).organizations.totalCount).toBe(0);
    expect((await data(ORGANIZATIONS, { filter: {} })).organizations.totalCount).toBe(31);
  });

  it('a malformed province code is BAD_USER_INPUT naming filter.provinceCodes', async () => {
    const { body } = await federation.query(ORGANIZATIONS, { filter: { provinceCodes: ['IR-07', 'Fars'] } });
    expect(body.data).toEqual({ organizations: null });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCodes', labelFa: 'کد استان' });
    const municipalities = await federation.query(MUNICIPALITIES, { filter: { provinceCodes: ['07'] } });
    expect(municipalities.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceCodes' });
  });

  it('search finds an organization by its chief executive, in English regardless of case', async () => {
    const { organizations } = await data(ORGANIZATIONS, { filter: { search: 'NASIRI' } });
    expect(organizations.nodes.map((o: any) => o.province.code)).toEqual(['IR-07']);
  });

  it('search and provinceCodes together: both must hold', async () => {
    const both = await data(ORGANIZATIONS, { filter: { search: 'همیاری', provinceCodes: ['IR-09', 'IR-25'] } });
    expect(both.organizations.nodes.map((o: any) => o.province.code)).toEqual(['IR-09', 'IR-25']);
    const none = await data(ORGANIZATIONS, { filter: { search: 'Nasiri', provinceCodes: ['IR-02'] } });
    expect(none.organizations.totalCount).toBe(0);
  });

  it('municipalities: isShareholder is exactly the municipalities with a stake in their province’s organization', async () => {
    const holders = await sql<{ id: string }>(
      `SELECT m.id FROM municipality m WHERE EXISTS (SELECT 1 FROM shareholding s JOIN organization o ON o.id = s.organization_id
        WHERE s.municipality_id = m.id AND o.province_code = m.province_code) ORDER BY m.name_fa, m.id`,
    );
    const [{ n: all }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM municipality`);
    const yes = await data(MUNICIPALITIES, { filter: { isShareholder: true } });
    expect(yes.municipalities.nodes.map((m: any) => m.id)).toEqual(holders.map((h) => h.id));
    // Shiraz (20%) and Meymand (no figure): a holder without a reported figure still holds a stake.
    expect(yes.municipalities.nodes.map((m: any) => m.id).sort()).toEqual(
      [seedIds.municipality('IR-07', 'Shiraz'), seedIds.municipality('IR-07', 'Meymand')].sort(),
    );
    const no = await data(MUNICIPALITIES, { filter: { isShareholder: false } });
    expect(no.municipalities.totalCount).toBe(all - holders.length);
    expect(no.municipalities.nodes.map((m: any) => m.id)).not.toContain(seedIds.municipality('IR-07', 'Shiraz'));
  });

  it('municipalities: isProvincialCapital, alone and with provinceCodes', async () => {
    const capitals = await data(MUNICIPALITIES, { filter: { isProvincialCapital: true } });
    expect(capitals.municipalities.totalCount).toBe(31);
    expect(new Set(capitals.municipalities.nodes.map((m: any) => m.province.code)).size).toBe(31);
    const others = await data(MUNICIPALITIES, { filter: { isProvincialCapital: false, provinceCodes: ['IR-07'] } });
    expect(others.municipalities.nodes.map((m: any) => m.nameFa)).toEqual(['میمند']);
  });

  it('municipalities: every condition together', async () => {
    const { municipalities } = await data(MUNICIPALITIES, {
      filter: { provinceCodes: ['IR-07'], isShareholder: true, isProvincialCapital: true, search: 'shiraz' },
    });
    expect(municipalities.nodes.map((m: any) => m.id)).toEqual([seedIds.municipality('IR-07', 'Shiraz')]);
  });

  it('provinces: search by Persian or English name, capital or code', async () => {
    const codes = async (search: string) =>
      (await data(`query($s: String) { provinces(search: $s) { nodes { code } } }`, { s: search })).provinces.nodes.map((p: any) => p.code);
    expect(await codes('خراسان')).toEqual(['IR-09', 'IR-28', 'IR-29']);
    expect(await codes('Shiraz')).toEqual(['IR-07']);
    expect(await codes('ir-25')).toEqual(['IR-25']);
    // Persian digits in the query
    expect(await codes('IR-۰۷')).toEqual(['IR-07']);
    // Arabic kaf: کرمان (Kerman) and کرمانشاه (Kermanshah)
    expect(await codes(`${ARABIC_KAF}رمان`)).toEqual(['IR-05', 'IR-08']);
    expect(await codes('')).toHaveLength(20);
  });
});

describe('organizations: ordering', () => {
  it('municipalities by NAME, both ways, exactly as Postgres orders the names', async () => {
    const expected = (await sql<{ id: string }>(`SELECT id FROM municipality ORDER BY name_fa, id`)).map((r) => r.id);
    const asc = await data(MUNICIPALITIES, { orderBy: { field: 'NAME' } });
    expect(asc.municipalities.nodes.map((m: any) => m.id)).toEqual(expected);
    const desc = await data(MUNICIPALITIES, { orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(desc.municipalities.nodes.map((m: any) => m.id)).toEqual([...expected].reverse());
    const byDefault = await data(MUNICIPALITIES);
    expect(byDefault.municipalities.nodes.map((m: any) => m.id)).toEqual(expected);
  });

  it('municipalities by PROVINCE, then name, both ways', async () => {
    const expected = (await sql<{ id: string }>(`SELECT id FROM municipality ORDER BY province_code, name_fa, id`)).map((r) => r.id);
    const asc = await data(MUNICIPALITIES, { orderBy: { field: 'PROVINCE', direction: 'ASC' } });
    expect(asc.municipalities.nodes.map((m: any) => m.id)).toEqual(expected);
    const codes = asc.municipalities.nodes.map((m: any) => m.province.code);
    expect(codes).toEqual([...codes].sort());
    const desc = await data(MUNICIPALITIES, { orderBy: { field: 'PROVINCE', direction: 'DESC' } });
    expect(desc.municipalities.nodes.map((m: any) => m.id)).toEqual([...expected].reverse());
  });

  it('an ordering pages with its own cursors', async () => {
    const expected = (await sql<{ id: string }>(`SELECT id FROM municipality ORDER BY province_code DESC, name_fa DESC, id DESC`)).map(
      (r) => r.id,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { municipalities }: any = await data(
        `query($after: String) { municipalities(first: 7, after: $after, orderBy: { field: PROVINCE, direction: DESC }) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...municipalities.nodes.map((m: any) => m.id));
      if (!municipalities.pageInfo.hasNextPage) break;
      after = municipalities.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('organizations by PROVINCE (the default) and by NAME', async () => {
    const byCode = (await sql<{ id: string }>(`SELECT id FROM organization ORDER BY province_code, id`)).map((r) => r.id);
    const byName = (await sql<{ id: string }>(`SELECT id FROM organization ORDER BY name_fa DESC, id DESC`)).map((r) => r.id);
    expect((await data(ORGANIZATIONS)).organizations.nodes.map((o: any) => o.id)).toEqual(byCode);
    expect(
      (await data(ORGANIZATIONS, { orderBy: { field: 'PROVINCE', direction: 'DESC' } })).organizations.nodes.map((o: any) => o.id),
    ).toEqual([...byCode].reverse());
    expect(
      (await data(ORGANIZATIONS, { orderBy: { field: 'NAME', direction: 'DESC' } })).organizations.nodes.map((o: any) => o.id),
    ).toEqual(byName);
  });
});

describe('organizations: search is right for Persian, whatever keyboard typed the text', () => {
  const SEARCH = `query($q: String) { organizations(first: 100, filter: { search: $q }) { totalCount nodes { id name } } }`;
  const search = async (q: string) => (await data(SEARCH, { q })).organizations;

  it('stored in Persian letters (the seed), found with Arabic yeh and kaf', async () => {
    expect((await search('همیاری')).totalCount).toBe(31);
    expect((await search(`هم${ARABIC_YEH}ار${ARABIC_YEH}`)).totalCount).toBe(31);
    expect((await search(`${ARABIC_KAF}ردستان`)).nodes.map((o: any) => o.id)).toEqual([seedIds.organization('IR-12')]);
  });

  it('the zero-width non-joiner and a space are the same; tatweel and diacritics do not count', async () => {
    // the seed writes "شهرداری‌های" with a ZWNJ
    expect((await search(`شهرداری${ZWNJ}های استان فارس`)).nodes.map((o: any) => o.id)).toEqual([seedIds.organization('IR-07')]);
    expect((await search('شهرداری های استان فارس')).nodes.map((o: any) => o.id)).toEqual([seedIds.organization('IR-07')]);
    expect((await search(`هم${TATWEEL}یاری شهرداری های استان فارس`)).totalCount).toBe(1);
    expect((await search('همیاریِ شهرداری های استان فارس')).totalCount).toBe(1);
  });

  it('stored with Arabic yeh and kaf and a ZWNJ (written through the API), found with Persian letters and a space', async () => {
    const arabicName = arabicKeyboard(`سازمان همیاری شهرداری${ZWNJ}های استان کهگیلویه و بویراحمد`);
    expect(arabicName).toMatch(/\u064A.*\u0643/);
    const [{ version }] = await sql<{ version: number }>(`SELECT version FROM organization WHERE province_code = 'IR-17'`);
    const { updateOrganization } = await data(
      `mutation($id: ID!, $v: Int!, $name: String) { updateOrganization(id: $id, version: $v, input: { name: $name }) { name version } }`,
      { id: seedIds.organization('IR-17'), v: version, name: arabicName },
      await nationalAdmin(),
    );
    // kept as typed …
    expect(updateOrganization).toEqual({ name: arabicName, version: version + 1 });
    const [{ name_fa }] = await sql(`SELECT name_fa FROM organization WHERE province_code = 'IR-17'`);
    expect(name_fa).toBe(arabicName);
    // … and found with Persian letters and a space instead of the ZWNJ
    const found = await search('همیاری شهرداری های استان کهگیلویه');
    expect(found.nodes).toEqual([{ id: seedIds.organization('IR-17'), name: arabicName }]);
    // and "همیاری" still finds every organization
    expect((await search('همیاری')).totalCount).toBe(31);
  });

  it('a municipality created with an Arabic kaf is found with a Persian one, and the other way round', async () => {
    const { createMunicipality } = await data(
      `mutation($input: MunicipalityCreateInput!) { createMunicipality(input: $input) { id nameFa } }`,
      { input: { provinceCode: 'IR-07', nameFa: `${ARABIC_KAF}ازرون`, nameEn: 'Kazerun' } },
      await nationalAdmin(),
    );
    const find = async (q: string) => (await data(MUNICIPALITIES, { filter: { search: q } })).municipalities.nodes.map((m: any) => m.id);
    expect(await find('کازرون')).toEqual([createMunicipality.id]);
    expect(await find(`${ARABIC_KAF}از${TATWEEL}رون`)).toEqual([createMunicipality.id]);
    // seeded Persian "میمند", searched with an Arabic yeh
    expect(await find(`م${ARABIC_YEH}مند`)).toEqual([seedIds.municipality('IR-07', 'Meymand')]);
  });

  it('search text is kept in the subgraph’s tables, normalised, for every searchable record', async () => {
    const empty = await sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM organization WHERE search_text = '') + (SELECT count(*) FROM municipality WHERE search_text = '')
            + (SELECT count(*) FROM province WHERE search_text = '') + (SELECT count(*) FROM subsidiary_company WHERE search_text = '') AS n`,
    );
    expect(Number(empty[0].n)).toBe(0);
    const [{ search_text }] = await sql(`SELECT search_text FROM organization WHERE province_code = 'IR-17'`);
    expect(search_text).not.toMatch(/[\u064A\u0643\u200C]/);
  });
});
