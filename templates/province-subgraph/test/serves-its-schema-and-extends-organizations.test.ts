import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  provinceNamingViolations,
  PUBLIC_READER,
  seedIds,
  stableId,
  startSubgraph,
  startTestIdentityIssuer,
  type DatabaseConfig,
  type Identity,
  type RunningSubgraph,
  type TestIdentityIssuer,
} from '@hamyar/shared';
import { __NAME_CAMEL__Subgraph } from '../src';
import { ItemEntity } from '../src/entities';

/**
 * The subgraph on its own, as the gateway sees it: started with startSubgraph on a database of its own (an
 * in-memory embedded one; a fresh schema of DATABASE_URL when that is set, dropped afterwards), queried over
 * HTTP with the identity header the gateway signs. A throwaway key pair stands for the gateway's: the
 * subgraph is given only its JWKS URL, as in production, and holds no secret.
 */
let gatewayKeys: TestIdentityIssuer;
const PROVINCE_CODE = '__PROVINCE_CODE__';

function testDatabase(): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url, schema: `test_${randomBytes(4).toString('hex')}___SNAKE__` };
  return { kind: 'embedded', dataDir: 'memory', schema: 'public' };
}

/** What the gateway adds to every request for this subgraph: the caller's identity, signed for it. */
async function forwardedIdentity(identity: Identity = PUBLIC_READER): Promise<Record<string, string>> {
  return gatewayKeys.headers(__NAME_CAMEL__Subgraph.name, identity);
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe('the __NAME__ subgraph, started alone', () => {
  let subgraph: RunningSubgraph;
  const query = async (text: string, variables?: Record<string, unknown>) => post(subgraph.url, text, variables, await forwardedIdentity());

  beforeAll(async () => {
    gatewayKeys = await startTestIdentityIssuer();
    subgraph = await startSubgraph(__NAME_CAMEL__Subgraph, {
      name: __NAME_CAMEL__Subgraph.name,
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
    expect(sdl).toMatch(/type __PASCAL__Item\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organization\s+@key\(fields: "id"\)\s*\{[^}]*__CAMEL__Items\(/);
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "id"\)\s*\{[^}]*__CAMEL__Items\(/);
    expect(provinceNamingViolations(sdl, PROVINCE_CODE)).toEqual([]);
  });

  it('refuses a request the gateway did not send', async () => {
    const { status, body } = await post(subgraph.url, '{ __CAMEL__Items { totalCount } }');
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an _entities lookup of an Organization with the items it adds to it', async () => {
    const organizationId = seedIds.organization(PROVINCE_CODE);
    const itemId = stableId('__NAME__/item', 'test-item');
    await subgraph.database.dataSource.getRepository(ItemEntity).insert({
      id: itemId,
      organizationId,
      municipalityId: null,
      titleFa: 'مورد آزمایشی',
      titleEn: 'A test item',
      startedOn: '2026-01-05',
    });

    const { body } = await query(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Organization { id __CAMEL__Items(first: 5) { totalCount nodes { id title titleEn startedOn { jalali } organization { id } municipality { id } } } }
        }
      }`,
      {
        representations: [
          { __typename: 'Organization', id: organizationId },
          { __typename: 'Organization', id: seedIds.organization('IR-00') },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        id: organizationId,
        __CAMEL__Items: {
          totalCount: 1,
          nodes: [
            {
              id: itemId,
              title: 'مورد آزمایشی',
              titleEn: 'A test item',
              startedOn: { jalali: '1404-10-15' },
              organization: { id: organizationId },
              municipality: null,
            },
          ],
        },
      },
      { id: seedIds.organization('IR-00'), __CAMEL__Items: { totalCount: 0, nodes: [] } },
    ]);

    const own = await query(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on __PASCAL__Item { title history { nodes { version actor { role } } } } } }`,
      {
        representations: [{ __typename: '__PASCAL__Item', id: itemId }],
      },
    );
    expect(own.body.data._entities).toEqual([{ title: 'مورد آزمایشی', history: { nodes: [] } }]);
  });
});
