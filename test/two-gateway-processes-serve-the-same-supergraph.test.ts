import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { RunningSubgraph } from '@hamyar/shared';
import { runCli } from '../gateway/src/cli/hamyar';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import {
  AUTH_JWT_SECRET,
  TEST_SIGNING_KEYS,
  editorOf,
  startFederation,
  startTestSubgraph,
  stopSubgraphs,
  testDatabase,
  type Federation,
} from './support/federation';

// The gateway keeps no state of its own: separate gateway processes (one of them serving from two cluster
// workers) on one registry and one Postgres serve the same supergraph version, follow a publish together,
// and give the same answers. Two processes share a registry only on Postgres: the embedded database belongs
// to one process, so without DATABASE_URL there is nothing to show.
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
const ROOT = path.resolve(__dirname, '..');

interface GatewayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

/** Starts `node gateway/dist/main.js` as production does, on a free port, and waits until it is ready. */
async function startGatewayProcess(federation: Federation, workers: number): Promise<GatewayProcess> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    GATEWAY_WORKERS: String(workers),
    HAMYAR_DATA_DIR: 'memory',
    REGISTRY_DATABASE_URL: process.env.DATABASE_URL!,
    REGISTRY_DATABASE_SCHEMA: federation.registryDatabase!.schema,
    SUPERGRAPH_POLL_MS: '100',
    // Every subgraph of this test listens on loopback, which a public registry refuses to route to.
    REGISTRY_ROUTING_ADDRESSES: 'loopback',
    // The same keys as the in-process gateway, whose JWKS the subgraphs verify with: one deployment's keys.
    GATEWAY_SIGNING_KEYS: JSON.stringify(TEST_SIGNING_KEYS),
    AUTH_JWT_SECRET,
    ORGANIZATIONS_URL: federation.subgraphs.organizations.url,
    PROJECTS_URL: federation.subgraphs.projects.url,
    AGREEMENTS_URL: federation.subgraphs.agreements.url,
  };
  const child = spawn(process.execPath, [path.join(ROOT, 'gateway/dist/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // With port 0 each cluster worker would listen on its own port; the primary's first worker picks it, and
  // node:cluster shares that one listening socket with the others.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway process not ready in time:\n${output}`)), 150_000);
    const check = () => {
      const ready = [...output.matchAll(/ready at (http:\/\/[^\s"]+)/g)];
      if (ready.length >= workers && (workers === 1 || /serving from \d+ worker processes/.test(output))) {
        clearTimeout(timer);
        resolve(ready[0][1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`gateway process exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output };
}

async function stopGatewayProcess(gateway: GatewayProcess | undefined): Promise<void> {
  if (!gateway || gateway.child.exitCode !== null) return;
  const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
  gateway.child.kill('SIGTERM');
  await exited;
}

/** A request on a fresh connection, so a cluster hands each one to its next worker. */
function request(url: string, body?: object): Promise<any> {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const req = http.request(
      url,
      { method: body ? 'POST' : 'GET', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const versionOf = (gateway: { url: string }) => request(gateway.url.replace('/graphql', '/health/supergraph')).then((b) => b.servedVersion);

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const README_QUERY = `{ province(code: "IR-02") { nameFa organization { name projects { nodes { title } } agreements { nodes { number signedOn { jalali iso } } } } } }`;
const NESTED_QUERY = `{ provinces(first: 31) { nodes { code organization { name projects(first: 3) { nodes { title organization { nameEn } agreements(first: 2) { nodes { title } } } } } } } }`;

onPostgres('two gateway processes on one registry and one Postgres', () => {
  let federation: Federation;
  let fars: RunningSubgraph | undefined;
  let single: GatewayProcess | undefined;
  let clustered: GatewayProcess | undefined;

  beforeAll(async () => {
    // The processes run what production runs: the compiled gateway.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'gateway'], { cwd: ROOT, stdio: 'pipe' });
    federation = await startFederation({ registry: { pollIntervalMs: 100 } });
    [single, clustered] = await Promise.all([startGatewayProcess(federation, 1), startGatewayProcess(federation, 2)]);
  }, 300_000);

  afterAll(async () => {
    await stopGatewayProcess(single);
    await stopGatewayProcess(clustered);
    await federation?.stop();
    if (fars) await stopSubgraphs([fars]);
  }, 60_000);

  it('serve the same supergraph version and the same answers', async () => {
    const expected = federation.gateway.servedSupergraphVersion();
    expect(expected).toBe(1);
    for (const gateway of [single!, clustered!, clustered!, clustered!]) expect(await versionOf(gateway)).toBe(expected);
    for (const query of [README_QUERY, NESTED_QUERY]) {
      const reference = await request(federation.gatewayUrl, { query });
      expect(reference.errors).toBeUndefined();
      for (const gateway of [single!, clustered!, clustered!]) expect(await request(gateway.url, { query })).toEqual(reference);
    }
  }, 120_000);

  it('report one set of metrics for all of a process’s workers, whichever worker a scrape reaches', async () => {
    const probe = 'query ClusterMetricsProbe { province(code: "IR-02") { nameEn } }';
    for (let i = 0; i < 6; i += 1) expect((await request(clustered!.url, { query: probe })).errors).toBeUndefined();
    const counted = async () => {
      const text = await fetch(clustered!.url.replace('/graphql', '/metrics')).then((r) => r.text());
      const line = text
        .split('\n')
        .find((l) => l.startsWith('hamyar_graphql_request_duration_seconds_count{') && l.includes('operation="ClusterMetricsProbe"'));
      return Number(line?.split(' ').at(-1));
    };
    // Each scrape goes to the next worker; every one reports all six requests, not its share.
    expect([await counted(), await counted(), await counted(), await counted()]).toEqual([6, 6, 6, 6]);
  }, 60_000);

  it('follow a publish together: every process and worker moves to the new version and serves it', async () => {
    fars = await startTestSubgraph(farsSmartCitySubgraph, testDatabase('fars_smart_city'), federation.gatewayAddress);
    const lines: string[] = [];
    const code = await runCli(
      [
        'subgraph',
        'publish',
        '--name',
        'fars-smart-city',
        '--url',
        fars.url,
        '--token',
        await editorOf('IR-07'),
        '--registry',
        single!.url.replace('/graphql', '/registry'),
      ],
      { log: (line) => lines.push(line), error: (line) => lines.push(line) },
    );
    expect({ code, output: lines.join('\n') }).toEqual({ code: 0, output: expect.stringContaining('supergraph version 2') });

    for (const gateway of [federation.gateway, single!, clustered!]) {
      const target = 'url' in gateway && typeof gateway.url === 'string' ? gateway : { url: federation.gatewayUrl };
      await until(async () => {
        const versions = await Promise.all([1, 2, 3, 4].map(() => versionOf(target)));
        return versions.every((v) => v === 2);
      }, `${target.url} to serve version 2`);
    }
    const query = '{ farsSmartCityInitiatives { totalCount } province(code: "IR-07") { nameEn } }';
    const reference = await request(federation.gatewayUrl, { query });
    expect(reference.errors).toBeUndefined();
    expect(reference.data.farsSmartCityInitiatives.totalCount).toBe(2);
    for (const gateway of [single!, clustered!, clustered!, clustered!]) expect(await request(gateway.url, { query })).toEqual(reference);
  }, 120_000);
});
