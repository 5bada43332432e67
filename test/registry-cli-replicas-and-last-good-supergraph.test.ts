import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { COMMON_SCHEMA_FILE, type DatabaseConfig, type RunningSubgraph } from '@hamyar/shared';
import { runCli } from '../gateway/src/cli/hamyar';
import { startGateway } from '../gateway/src/gateway';
import { itOnPostgres } from './support/postgres-only';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import {
  editorOf,
  postGraphQL,
  startFederation,
  startTestSubgraph,
  stopSubgraphs,
  testDatabase,
  testRegistry,
  dropSchemas,
  type Federation,
} from './support/federation';

// A publish composes in a worker thread; on a busy machine one takes most of a minute.
jest.setTimeout(240_000);

let federation: Federation;
let fars: RunningSubgraph;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-cli-'));
const schemaFile = path.join(workDir, 'schema.graphql');

/** Runs the CLI in-process, as a province's CI would run it, and returns its exit code and output. */
async function hamyar(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runCli([...args, '--registry', federation.gatewayUrl.replace('/graphql', '/registry')], {
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
  });
  return { code, output: lines.join('\n') };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
  fars = await startTestSubgraph(farsSmartCitySubgraph, testDatabase('fars_smart_city'), federation.gatewayAddress);
  // The province's own schema file, as in its repository; the kit serves the shared types beside it, so a
  // check of the file alone names the shared file too (the CLI sends what it is given, nothing more).
  fs.copyFileSync(farsSmartCitySubgraph.schemaFile, schemaFile);
});
afterAll(async () => {
  await federation?.stop();
  if (fars) await stopSubgraphs([fars]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the hamyar CLI', () => {
  it('checks (exit 0, nothing stored), publishes, lists and shows history', async () => {
    const token = await editorOf('IR-07');
    const check = await hamyar(
      'subgraph',
      'check',
      '--name',
      'fars-smart-city',
      '--schema',
      schemaFile,
      '--schema',
      COMMON_SCHEMA_FILE,
      '--token',
      token,
    );
    expect(check).toEqual({ code: 0, output: expect.stringContaining('fars-smart-city: the check passed') });
    expect((await hamyar('subgraph', 'list')).output).not.toContain('fars-smart-city');

    // No --schema: the registry takes what the subgraph serves at --url.
    const publish = await hamyar('subgraph', 'publish', '--name', 'fars-smart-city', '--url', fars.url, '--token', token);
    expect(publish).toEqual({
      code: 0,
      output: expect.stringMatching(/other changes, none breaking\npublished fars-smart-city version 1; supergraph version 2$/),
    });
    const list = await hamyar('subgraph', 'list');
    expect(list.output).toMatch(/fars-smart-city\s+v1\s+IR-07/);
    expect((await hamyar('subgraph', 'history', '--name', 'fars-smart-city')).output).toMatch(/^v1 \(current\)/);
  });

  it('fails a province CI whose change would break the schema: exit 1 with the breaking changes listed', async () => {
    fs.writeFileSync(
      schemaFile,
      fs.readFileSync(farsSmartCitySubgraph.schemaFile, 'utf8').replace(/\n\s*"[^"\n]*"\n\s*titleEn: String\n/, '\n'),
    );
    const check = await hamyar(
      'subgraph',
      'check',
      '--name',
      'fars-smart-city',
      '--schema',
      schemaFile,
      '--schema',
      COMMON_SCHEMA_FILE,
      '--token',
      await editorOf('IR-07'),
    );
    expect(check.code).toBe(1);
    expect(check.output).toContain('breaking changes:');
    expect(check.output).toContain('FarsSmartCityInitiative.titleEn');
  });

  it('refuses another province’s publish under a claimed name, and says why', async () => {
    const publish = await hamyar('subgraph', 'publish', '--name', 'fars-smart-city', '--url', fars.url, '--token', await editorOf('IR-02'));
    expect(publish.code).toBe(1);
    expect(publish.output).toContain('belongs to IR-07');
  });

  it('answers a wrong call with its usage (exit 2)', async () => {
    expect((await hamyar('subgraph', 'publish', '--name', 'fars-smart-city')).code).toBe(2);
    expect((await hamyar('registry', 'list')).code).toBe(2);
  });
});

describe('gateway replicas and a registry that is down', () => {
  // Two gateways share a registry only on a shared Postgres; the embedded database belongs to one process.
  itOnPostgres('a second replica on the same registry serves the same supergraph version', async () => {
    const replica = await startGateway(federation.gatewayConfig({ registry: testRegistry(federation.registryDatabase!) }));
    try {
      await until(() => replica.servedSupergraphVersion() === federation.gateway.servedSupergraphVersion(), 'the replicas to converge');
      expect(replica.servedSupergraphVersion()).toBe(2);
      const { body } = await postGraphQL(replica.url, '{ farsSmartCityInitiatives { totalCount } }');
      expect(body.data.farsSmartCityInitiatives.totalCount).toBe(2);
    } finally {
      await replica.stop();
    }
  });

  it('a gateway whose registry is unreachable starts from the last supergraph it served well', async () => {
    await until(() => federation.gateway.servedSupergraphVersion() === 2, 'the gateway to serve version 2');
    const current = (await (await fetch(federation.gatewayUrl.replace('/graphql', '/registry/supergraph'))).json()) as {
      version: number;
      sdl: string;
    };
    const lastGoodFile = path.join(workDir, 'last-good-supergraph.graphql');
    fs.writeFileSync(lastGoodFile, `# last good supergraph, registry version ${current.version}\n${current.sdl}`);
    const unreachable: DatabaseConfig = {
      kind: 'postgres',
      url: `postgres://nobody@127.0.0.1:${await closedPort()}/none`,
      schema: 'registry',
    };
    const gateway = await startGateway(federation.gatewayConfig({ registry: testRegistry(unreachable, { lastGoodFile }) }));
    try {
      expect(gateway.servedSupergraphVersion()).toBe(2);
      const { body } = await postGraphQL(gateway.url, '{ farsSmartCityInitiatives { totalCount } province(code: "IR-07") { nameEn } }');
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ farsSmartCityInitiatives: { totalCount: 2 }, province: { nameEn: 'Fars' } });
    } finally {
      await gateway.stop();
    }
  });
});

describe('a registry that comes up after the gateway', () => {
  // The registry comes up on a real Postgres, behind a port that opens late.
  itOnPostgres(
    'is opened with backoff once it answers, and /health/supergraph says so all along',
    async () => {
      const port = await closedPort();
      const late = new URL(process.env.DATABASE_URL!);
      const upstream = { host: late.hostname, port: Number(late.port || 5432) };
      late.host = `127.0.0.1:${port}`;
      const database = { ...testDatabase('registry_late'), url: late.toString() } as { kind: 'postgres'; url: string; schema: string };
      const gateway = await startGateway(federation.gatewayConfig({ registry: testRegistry(database) }));
      const health = async () => (await fetch(gateway.url.replace('/graphql', '/health/supergraph'))).json();
      const proxy = net.createServer((client) => {
        const server = net.connect(upstream);
        client.pipe(server).pipe(client);
        client.on('error', () => server.destroy());
        server.on('error', () => client.destroy());
      });
      try {
        const before = await health();
        expect(before).toMatchObject({
          servedVersion: 0,
          registry: { state: 'retrying', failedAttempts: expect.any(Number), nextAttemptAt: expect.any(String) },
        });
        const refused = await fetch(gateway.url.replace('/graphql', '/registry/subgraphs'));
        expect([refused.status, (await refused.json()).error.code]).toEqual([503, 'REGISTRY_UNAVAILABLE']);

        await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
        // Opening means migrating and composing the first supergraph, which takes a while on a busy machine.
        const deadline = Date.now() + 90_000;
        let now = await health();
        while (!(now.registry.state === 'open' && now.servedVersion === 1) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          now = await health();
        }
        expect(now).toEqual({ servedVersion: 1, registry: { state: 'open', failedAttempts: 0, nextAttemptAt: null } });
        expect((await fetch(gateway.url.replace('/graphql', '/registry/subgraphs'))).status).toBe(200);
      } finally {
        await gateway.stop();
        await new Promise((resolve) => proxy.close(resolve));
        await dropSchemas([database]);
      }
    },
    150_000,
  );
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
