import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { RunningSubgraph } from '@hamyar/shared';
import { runCli } from '../gateway/src/cli/hamyar';
import { SUPERGRAPH_CONFIG, SUPERGRAPH_FILE } from '../gateway/src/compose/compose-supergraph';
import { startGateway } from '../gateway/src/gateway';
import { itOnPostgres } from './support/postgres-only';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import {
  AUTH_JWT_SECRET,
  TEST_GATEWAY_SIGNING,
  editorOf,
  postGraphQL,
  startFederation,
  startTestSubgraph,
  stopSubgraphs,
  testDatabase,
  type Federation,
} from './support/federation';

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

function gatewayConfig(overrides: object) {
  return {
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(Object.entries(federation.subgraphs).map(([name, s]) => [name, s.url])),
    subgraphTimeoutMs: 10_000,
    signing: TEST_GATEWAY_SIGNING,
    auth: { jwtSecret: AUTH_JWT_SECRET },
    ...overrides,
  };
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
  // The province's own schema file, as in its repository: the CLI appends the shared common types.
  fs.copyFileSync(farsSmartCitySubgraph.schemaFile, schemaFile);
});
afterAll(async () => {
  await federation?.stop();
  if (fars) await stopSubgraphs([fars]);
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the hamyar CLI', () => {
  it('checks (exit 0, nothing stored), publishes, lists and shows history', async () => {
    const check = await hamyar('subgraph', 'check', '--name', 'fars-smart-city', '--schema', schemaFile);
    expect(check).toEqual({ code: 0, output: expect.stringContaining('fars-smart-city: the check passed') });
    expect((await hamyar('subgraph', 'list')).output).not.toContain('fars-smart-city');

    const token = await editorOf('IR-07');
    const publish = await hamyar('subgraph', 'publish', '--name', 'fars-smart-city', '--schema', schemaFile, '--url', fars.url, '--token', token);
    expect(publish).toEqual({ code: 0, output: expect.stringMatching(/other changes, none breaking\npublished fars-smart-city version 1; supergraph version 2$/) });
    const list = await hamyar('subgraph', 'list');
    expect(list.output).toMatch(/fars-smart-city\s+v1\s+IR-07/);
    expect((await hamyar('subgraph', 'history', '--name', 'fars-smart-city')).output).toMatch(/^v1 \(current\)/);
  });

  it('fails a province CI whose change would break the schema: exit 1 with the breaking changes listed', async () => {
    fs.writeFileSync(schemaFile, fs.readFileSync(farsSmartCitySubgraph.schemaFile, 'utf8').replace(/\n\s*"[^"\n]*"\n\s*titleEn: String\n/, '\n'));
    const check = await hamyar('subgraph', 'check', '--name', 'fars-smart-city', '--schema', schemaFile);
    expect(check.code).toBe(1);
    expect(check.output).toContain('breaking changes:');
    expect(check.output).toContain('FarsSmartCityInitiative.titleEn');
  });

  it('refuses another province’s publish under a claimed name, and says why', async () => {
    const publish = await hamyar('subgraph', 'publish', '--name', 'fars-smart-city', '--schema', schemaFile, '--url', fars.url, '--token', await editorOf('IR-02'));
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
    const replica = await startGateway(
      gatewayConfig({ registry: { database: federation.registryDatabase!, coreConfigFile: SUPERGRAPH_CONFIG, pollIntervalMs: 100, lastGoodFile: null } }),
    );
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
    const current = await (await fetch(federation.gatewayUrl.replace('/graphql', '/registry/supergraph'))).json();
    const lastGoodFile = path.join(workDir, 'last-good-supergraph.graphql');
    fs.writeFileSync(lastGoodFile, `# last good supergraph, registry version ${current.version}\n${current.sdl}`);
    const unreachable = { kind: 'postgres', url: `postgres://nobody@127.0.0.1:${await closedPort()}/none`, schema: 'registry' };
    const gateway = await startGateway(gatewayConfig({ registry: { database: unreachable, coreConfigFile: SUPERGRAPH_CONFIG, pollIntervalMs: 100, lastGoodFile } }));
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

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
