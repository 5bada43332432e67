import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  provinceNamingViolations,
  PUBLIC_READER,
  seedIds,
  startSubgraph,
  startTestIdentityIssuer,
  type DatabaseConfig,
  type Identity,
  type RunningSubgraph,
  type TestIdentityIssuer,
} from '@hamyar/shared';
import { farsSmartCitySubgraph } from '../src';
import { initiativeId } from '../src/seed';

/**
 * The subgraph on its own, as the gateway sees it: started with startSubgraph on a database of its own (an
 * in-memory embedded one; a fresh schema of DATABASE_URL when that is set, dropped afterwards), queried over
 * HTTP with the identity header the gateway signs. A throwaway key pair stands for the gateway's: the
 * subgraph is given only its JWKS URL, as in production, and holds no secret.
 */
let gatewayKeys: TestIdentityIssuer;
const FARS_ORGANIZATION = seedIds.organization('IR-07');
const SMART_PARKING = initiativeId('smart-parking');
const SMART_MARKETS = initiativeId('smart-markets');
const PASSAGE =
  'در شش حوزه کاری تفاهمنامه اولیه با شهرداری منعقد شده است که یکی از مهمترین آنها هوشمند سازی پارکینگها و بویژه هوشمندسازی میادین میوه و ترهبار و بازارچهها است.';

const FARS_EDITOR: Identity = { subject: 'editor@IR-07', role: 'PROVINCE_EDITOR', provinceCode: 'IR-07' };
const MAZANDARAN_EDITOR: Identity = { subject: 'editor@IR-02', role: 'PROVINCE_EDITOR', provinceCode: 'IR-02' };

function testDatabase(): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url, schema: `test_${randomBytes(4).toString('hex')}_fars_smart_city` };
  return { kind: 'embedded', dataDir: 'memory', schema: 'public' };
}

/** What the gateway adds to every request for this subgraph: the caller's identity, signed for it. */
async function forwardedIdentity(identity: Identity = PUBLIC_READER): Promise<Record<string, string>> {
  return gatewayKeys.headers(farsSmartCitySubgraph.name, identity);
}

interface Response {
  status: number;

  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Response['body'] };
}

describe('the fars-smart-city subgraph, started alone', () => {
  let subgraph: RunningSubgraph;
  const query = async (text: string, variables?: Record<string, unknown>, identity: Identity = PUBLIC_READER) =>
    post(subgraph.url, text, variables, await forwardedIdentity(identity));

  beforeAll(async () => {
    gatewayKeys = await startTestIdentityIssuer();
    subgraph = await startSubgraph(farsSmartCitySubgraph, {
      name: farsSmartCitySubgraph.name,
      host: '127.0.0.1',
      port: 0,
      database: testDatabase(),
      seed: true,
      logLevel: 'warn',
      // No gateway API in this test: a reference check would be refused as unreachable.
      gateway: { jwksUrl: gatewayKeys.jwksUrl, graphqlUrl: 'http://127.0.0.1:9/graphql' },
      jwks: { cacheMaxAgeMs: 60_000, cooldownMs: 1_000 },
    });
  });

  afterAll(async () => {
    await gatewayKeys?.stop();
    if (!subgraph) return;
    await subgraph.stop();
    if (process.env.DATABASE_URL) {
      const client = new pg.Client(process.env.DATABASE_URL);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${subgraph.database.schema}" CASCADE`).finally(() => client.end());
    }
  });

  it('serves its schema as _service { sdl }, and every name in it keeps to the naming rules', async () => {
    const { body } = await query('{ _service { sdl } }');
    const sdl: string = body.data._service.sdl;
    expect(sdl).toMatch(/type FarsSmartCityInitiative\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organization\s+@key\(fields: "id"\)\s*\{[^}]*farsSmartCityInitiatives\(/);
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "id"\)\s*\{[^}]*farsSmartCityInitiatives\(/);
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([]);
    // The same schema served by another province would break every rule that keeps provinces apart.
    expect(provinceNamingViolations(sdl, 'IR-09')).toContainEqual({
      path: 'Organization.farsSmartCityInitiatives',
      message: 'a field Razavi Khorasan adds to Organization must start with "razaviKhorasan"',
    });
  });

  it('refuses a request the gateway did not send, one signed with another key, and one addressed to another subgraph', async () => {
    const unsigned = await post(subgraph.url, '{ farsSmartCityInitiatives { totalCount } }');
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherKeys = await startTestIdentityIssuer();
    try {
      const forged = await post(
        subgraph.url,
        '{ farsSmartCityInitiatives { totalCount } }',
        {},
        await otherKeys.headers(farsSmartCitySubgraph.name, FARS_EDITOR),
      );
      expect(forged.status).toBe(401);
    } finally {
      await otherKeys.stop();
    }
    const forProjects = await post(
      subgraph.url,
      '{ farsSmartCityInitiatives { totalCount } }',
      {},
      await gatewayKeys.headers('projects', FARS_EDITOR),
    );
    expect(forProjects.status).toBe(401);
  });

  it('answers an _entities lookup of an Organization with the initiatives of the record, each with its source', async () => {
    const { body } = await query(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Organization {
            id
            farsSmartCityInitiatives {
              totalCount
              nodes { id title titleEn area status organization { id } municipality { id } sources { reportId title excerpt } history { nodes { version operation actor { role } } } }
            }
          }
        }
      }`,
      {
        representations: [
          { __typename: 'Organization', id: FARS_ORGANIZATION },
          { __typename: 'Organization', id: seedIds.organization('IR-02') },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    const source = {
      reportId: 'news-003',
      title: 'مدیرعامل سازمان همیاری شهرداریهای فارس ازجمله اهداف اصلی سازمان را شفافسازی دانست',
      excerpt: PASSAGE,
    };
    const created = [{ version: 1, operation: 'CREATE', actor: { role: 'SEED' } }];
    const [fars, mazandaran] = body.data._entities;
    expect(mazandaran).toEqual({ id: seedIds.organization('IR-02'), farsSmartCityInitiatives: { totalCount: 0, nodes: [] } });
    expect(fars.id).toBe(FARS_ORGANIZATION);
    expect(fars.farsSmartCityInitiatives.totalCount).toBe(2);
    // Ordered by Persian title in the database's collation; compared here in the record's order.
    const byArea = (a: { area: string }, b: { area: string }) => (a.area === 'SMART_PARKING' ? -1 : b.area === 'SMART_PARKING' ? 1 : 0);
    expect([...fars.farsSmartCityInitiatives.nodes].sort(byArea)).toEqual([
      {
        id: SMART_PARKING,
        title: 'هوشمندسازی پارکینگ‌ها',
        titleEn: 'Smart parking',
        area: 'SMART_PARKING',
        status: 'PLANNED',
        organization: { id: FARS_ORGANIZATION },
        municipality: null,
        sources: [source],
        history: { nodes: created },
      },
      {
        id: SMART_MARKETS,
        title: 'هوشمندسازی میادین میوه و تره‌بار و بازارچه‌ها',
        titleEn: 'Smart fruit-and-vegetable markets and bazaars',
        area: 'SMART_MARKETS',
        status: 'PLANNED',
        organization: { id: FARS_ORGANIZATION },
        municipality: null,
        sources: [source],
        history: { nodes: created },
      },
    ]);
  });

  it('resolves its own entity by key, and a Municipality it has nothing for to an empty list', async () => {
    const { body } = await query(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on FarsSmartCityInitiative { title area }
          ... on Municipality { farsSmartCityInitiatives { totalCount } }
        }
      }`,
      {
        representations: [
          { __typename: 'FarsSmartCityInitiative', id: SMART_MARKETS },
          { __typename: 'Municipality', id: seedIds.municipality('IR-07', 'Shiraz') },
        ],
      },
    );
    expect(body.data._entities).toEqual([
      { title: 'هوشمندسازی میادین میوه و تره‌بار و بازارچه‌ها', area: 'SMART_MARKETS' },
      { farsSmartCityInitiatives: { totalCount: 0 } },
    ]);
  });

  it('pages its list both ways with stable cursors, and filters it', async () => {
    const list = `query($first: Int, $after: String, $last: Int, $before: String, $filter: FarsSmartCityInitiativeFilter) {
      farsSmartCityInitiatives(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount edges { cursor node { area } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      }
    }`;
    const areas = (page: { edges: { node: { area: string } }[] }) => page.edges.map((edge) => edge.node.area);
    const whole = (await query(list, {})).body.data.farsSmartCityInitiatives;
    expect(whole.totalCount).toBe(2);
    const order = areas(whole);
    expect([...order].sort()).toEqual(['SMART_MARKETS', 'SMART_PARKING']);
    const first = (await query(list, { first: 1 })).body.data.farsSmartCityInitiatives;
    expect(areas(first)).toEqual([order[0]]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await query(list, { first: 1, after: first.pageInfo.endCursor })).body.data.farsSmartCityInitiatives;
    expect(areas(second)).toEqual([order[1]]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await query(list, { last: 1, before: second.pageInfo.startCursor })).body.data.farsSmartCityInitiatives;
    expect(areas(back)).toEqual([order[0]]);
    const last = (await query(list, { last: 1 })).body.data.farsSmartCityInitiatives;
    expect(areas(last)).toEqual([order[1]]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const markets = (await query(list, { filter: { areas: ['SMART_MARKETS'] } })).body.data.farsSmartCityInitiatives;
    expect(areas(markets)).toEqual(['SMART_MARKETS']);
    const done = (await query(list, { filter: { statuses: ['DONE'] } })).body.data.farsSmartCityInitiatives;
    expect(done.totalCount).toBe(0);
    const tooMany = await query(list, { first: 101 });
    expect(tooMany.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('lets only an editor of Fars move an initiative on, one version at a time, keeping the history', async () => {
    const change = `mutation($id: ID!, $version: Int!, $status: FarsSmartCityStatus!) {
      farsChangeSmartCityInitiativeStatus(id: $id, version: $version, status: $status) { status version history { nodes { version operation actor { role provinceCode } changes { field before after } } } }
    }`;
    const publicReader = await query(change, { id: SMART_PARKING, version: 1, status: 'IN_PROGRESS' });
    expect(publicReader.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const mazandaran = await query(change, { id: SMART_PARKING, version: 1, status: 'IN_PROGRESS' }, MAZANDARAN_EDITOR);
    expect(mazandaran.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const skipping = await query(change, { id: SMART_PARKING, version: 1, status: 'DONE' }, FARS_EDITOR);
    expect(skipping.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    const moved = await query(change, { id: SMART_PARKING, version: 1, status: 'IN_PROGRESS' }, FARS_EDITOR);
    expect(moved.body.errors).toBeUndefined();
    expect(moved.body.data.farsChangeSmartCityInitiativeStatus).toEqual({
      status: 'IN_PROGRESS',
      version: 2,
      history: {
        nodes: [
          expect.objectContaining({ version: 1, operation: 'CREATE', actor: { role: 'SEED', provinceCode: null } }),
          {
            version: 2,
            operation: 'UPDATE',
            actor: { role: 'PROVINCE_EDITOR', provinceCode: 'IR-07' },
            changes: [{ field: 'status', before: '"PLANNED"', after: '"IN_PROGRESS"' }],
          },
        ],
      },
    });

    const stale = await query(change, { id: SMART_PARKING, version: 1, status: 'DONE' }, FARS_EDITOR);
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const missing = await query(change, { id: initiativeId('not-in-the-record'), version: 1, status: 'IN_PROGRESS' }, FARS_EDITOR);
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
