import net from 'node:net';
import pg from 'pg';
import type { RunningGateway } from '../gateway/src/gateway';
import { startGateway } from '../gateway/src/gateway';
import { dropSchemas, editorOf, nationalAdmin, startFederation, testDatabase, testRegistry, type Federation } from './support/federation';

/**
 * A publisher is an outside party (../../shared/TRUST.md): the registry settles who is asking before it does
 * anything on the request's behalf, never lets a publisher point the gateway at addresses it must not reach,
 * and a publisher's bad input never blocks anyone else's publish nor the queries the gateway serves.
 */
let federation: Federation;
let publicGateway: RunningGateway;
const publicRegistryDatabase = testDatabase('registry_public');

/** A TCP listener that records every connection made to it: the registry's outbound requests, if any. */
async function connectionRecorder(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function registryCall(gateway: { url: string }, method: 'GET' | 'POST', path: string, token?: string, body?: object) {
  const response = await fetch(`${gateway.url.replace('/graphql', '/registry')}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const KERMAN_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { kermanTourismSites: [KermanTourismSite!]! }
  type KermanTourismSite @key(fields: "id") { id: ID! name: String! }`;

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
  // A second gateway configured as a real deployment is: routing URLs may not name loopback addresses.
  publicGateway = await startGateway(
    federation.gatewayConfig({ registry: testRegistry(publicRegistryDatabase, { routingAddresses: 'public' }) }),
  );
});
afterAll(async () => {
  await publicGateway?.stop();
  await dropSchemas([publicRegistryDatabase]);
  await federation?.stop();
});

describe('the registry settles who is asking before any outbound request', () => {
  it('refuses publish and check without a token, with a bad token, and from another province, connecting nowhere', async () => {
    const listener = await connectionRecorder();
    try {
      const body = { sdl: KERMAN_SDL, url: listener.url };
      const attempts = [
        ['publish', undefined, 401, 'UNAUTHENTICATED'],
        ['check', undefined, 401, 'UNAUTHENTICATED'],
        ['publish', 'not-a-token', 401, 'UNAUTHENTICATED'],
        ['check', 'not-a-token', 401, 'UNAUTHENTICATED'],
        ['publish', await editorOf('IR-07'), 422, 'BAD_NAME'],
        ['check', await editorOf('IR-07'), 422, 'BAD_NAME'],
      ] as const;
      for (const [action, token, status, code] of attempts) {
        const answer = await registryCall(federation.gateway, 'POST', `/subgraphs/kerman-tourism/${action}`, token, body);
        expect([action, token?.slice(0, 12), answer.status, answer.body.error?.code]).toEqual([action, token?.slice(0, 12), status, code]);
      }
      // a name another province claimed: Fars's, which Mazandaran may neither check nor publish
      expect(
        (await registryCall(federation.gateway, 'POST', '/subgraphs/fars-smart-city/check', await editorOf('IR-02'), body)).status,
      ).toBe(422);
      expect(listener.connections()).toBe(0);

      // The recorder does record: the owner's token gets as far as asking the URL (which answers nothing).
      const owner = await registryCall(federation.gateway, 'POST', '/subgraphs/kerman-tourism/publish', await editorOf('IR-08'), body);
      expect([owner.status, owner.body.error.code]).toEqual([422, 'SUBGRAPH_UNREACHABLE']);
      expect(listener.connections()).toBeGreaterThan(0);
    } finally {
      await listener.close();
    }
  });
});

describe('routing URLs a publisher may not give', () => {
  it('where configured (a real deployment): loopback, metadata and link-local addresses are refused, connecting nowhere', async () => {
    const listener = await connectionRecorder();
    try {
      const token = await editorOf('IR-08');
      for (const url of [
        listener.url,
        listener.url.replace('127.0.0.1', 'localhost'),
        'http://169.254.169.254/latest/meta-data/',
        'http://[fd00:ec2::254]/latest',
        'http://[::ffff:127.0.0.1]/graphql',
        'ftp://kerman.example/graphql',
      ]) {
        const answer = await registryCall(publicGateway, 'POST', '/subgraphs/kerman-tourism/publish', token, { sdl: KERMAN_SDL, url });
        expect([url, answer.status]).toEqual([url, 422]);
        expect(answer.body.error.code).toMatch(/^(ROUTING_URL_REFUSED|BAD_REQUEST)$/);
      }
      expect(listener.connections()).toBe(0);
      expect((await registryCall(publicGateway, 'GET', '/supergraph')).body.version).toBe(1);
    } finally {
      await listener.close();
    }
  });

  it('on a local federation loopback is allowed, metadata never', async () => {
    const answer = await registryCall(federation.gateway, 'POST', '/subgraphs/kerman-tourism/publish', await editorOf('IR-08'), {
      sdl: KERMAN_SDL,
      url: 'http://169.254.169.254/latest/meta-data/',
    });
    expect([answer.status, answer.body.error.code]).toEqual([422, 'ROUTING_URL_REFUSED']);
    expect(answer.body.error.message).toBe(
      'the url of kerman-tourism is refused: its host is a link-local, metadata or otherwise reserved address, which this registry does not route to',
    );
  });
});

describe('client operations recorded for the breaking-change check', () => {
  it('are parsed and validated at registration: a bad one is a 400 and stores nothing, and later checks and publishes go on', async () => {
    const admin = await nationalAdmin();
    const syntax = await registryCall(federation.gateway, 'POST', '/operations', admin, {
      client: 'c',
      name: 'Broken',
      document: '{ provinces { nodes { code } ',
    });
    expect([syntax.status, syntax.body.error.code]).toEqual([400, 'BAD_OPERATION']);
    expect(syntax.body.error.message).toMatch(/^the operation Broken is not valid against the current schema: Syntax Error/);
    const unknown = await registryCall(federation.gateway, 'POST', '/operations', admin, {
      client: 'c',
      name: 'Unknown',
      document: '{ noSuchField }',
    });
    expect([unknown.status, unknown.body.error.message]).toEqual([
      400,
      'the operation Unknown is not valid against the current schema: Cannot query field "noSuchField" on type "Query".',
    ]);
    const good = await registryCall(federation.gateway, 'POST', '/operations', admin, {
      client: 'c',
      name: 'Provinces',
      document: '{ provinces { nodes { code } } }',
    });
    expect(good.status).toBe(200);

    if (process.env.DATABASE_URL) {
      // A bad document stored before documents were validated: it must not fail every later check.
      const client = new pg.Client(process.env.DATABASE_URL);
      await client.connect();
      try {
        await client.query(
          `INSERT INTO "${federation.registryDatabase!.schema}".known_operation (name, client, document) VALUES ('Legacy', 'old', '{ broken')`,
        );
      } finally {
        await client.end();
      }
    }
    const check = await registryCall(federation.gateway, 'POST', '/subgraphs/kerman-tourism/check', await editorOf('IR-08'), {
      sdl: KERMAN_SDL,
    });
    expect([check.status, check.body.ok]).toEqual([200, true]);
  });
});

describe('a large composition', () => {
  it('runs off the event loop: queries keep being answered while it runs', async () => {
    // A subgraph of 500 types: composing and diffing it takes the check seconds of CPU.
    const types = Array.from(
      { length: 500 },
      (_, i) =>
        `type KermanRecord${i} { id: ID! ${Array.from({ length: 8 }, (_, f) => `field${f}: String`).join(' ')} next: KermanRecord${(i + 1) % 500} }`,
    );
    const sdl = `${KERMAN_SDL.replace('kermanTourismSites: [KermanTourismSite!]!', 'kermanTourismSites: [KermanTourismSite!]! kermanRecord: KermanRecord0')}\n${types.join('\n')}`;
    const latencies: number[] = [];
    let running = true;
    const traffic = (async () => {
      while (running) {
        const started = performance.now();
        const { body } = await federation.query('{ province(code: "IR-08") { nameEn } }');
        latencies.push(performance.now() - started);
        expect(body.data.province.nameEn).toBe('Kerman');
      }
    })();
    const started = performance.now();
    const check = await registryCall(federation.gateway, 'POST', '/subgraphs/kerman-records/check', await editorOf('IR-08'), { sdl });
    const checkMs = performance.now() - started;
    running = false;
    await traffic;
    expect([check.status, check.body.ok]).toEqual([200, true]);
    const sorted = [...latencies].sort((a, b) => a - b);
    const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
    console.log(
      `check of a 500-type subgraph: ${Math.round(checkMs)} ms; ${latencies.length} queries answered meanwhile, p99 ${Math.round(p99)} ms, max ${Math.round(sorted[sorted.length - 1])} ms`,
    );
    // On the event loop, one query would have waited for the whole composition; off it, none waits for much of it.
    expect(latencies.length).toBeGreaterThan(10);
    expect(sorted[sorted.length - 1]).toBeLessThan(checkMs / 4);
  }, 180_000);
});
