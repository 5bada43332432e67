import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { subgraphSdl, type RunningSubgraph } from '@hamyar/shared';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import {
  editorOf,
  nationalAdmin,
  startFederation,
  startTestSubgraph,
  stopSubgraphs,
  testDatabase,
  type Federation,
} from './support/federation';

/**
 * Issue 4's workflow end to end: a province publishes its own subgraph to the registry, the gateway picks it
 * up without a restart, the checks refuse what would break others, and all the while clients see no error.
 */
// A publish composes in a worker thread; on a busy machine one takes most of a minute.
jest.setTimeout(240_000);

let federation: Federation;
let fars: RunningSubgraph;
/** Fars's next release, without `titleEn`, deployed beside the current one as a province would. */
let farsNext: RunningSubgraph;
let farsSdl: string;
let farsNextSdl: string;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-fars-next-'));
let traffic: { stop(): Promise<{ sent: number; failed: string[] }> };

const registry = () => federation.gatewayUrl.replace('/graphql', '/registry');
async function registryCall(method: 'GET' | 'POST', path: string, token?: string, body?: object) {
  const response = await fetch(`${registry()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as any };
}
const publish = (name: string, sdl: string, url: string, token?: string, force = false) =>
  registryCall('POST', `/subgraphs/${name}/publish`, token, { sdl, url, force });

/** Waits until the gateway serves at least `version` of the registry's supergraph. */
async function gatewayServes(version: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((federation.gateway.servedSupergraphVersion() ?? 0) < version) {
    if (Date.now() > deadline) throw new Error(`gateway still serves ${federation.gateway.servedSupergraphVersion()}, not ${version}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A steady stream of client queries, counting every one that fails. */
function steadyTraffic(): typeof traffic {
  let running = true;
  let sent = 0;
  const failed: string[] = [];
  const loop = (async () => {
    while (running) {
      const { status, body } = await federation.query(
        `{ province(code: "IR-07") { nameFa organization { name projects { totalCount } } } }`,
      );
      sent += 1;
      if (status !== 200 || body.errors || body.data?.province?.organization?.projects?.totalCount == null)
        failed.push(JSON.stringify(body).slice(0, 300));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { sent, failed };
    },
  };
}

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
  fars = await startTestSubgraph(farsSmartCitySubgraph, testDatabase('fars_smart_city'), federation.gatewayAddress);
  farsSdl = subgraphSdl(farsSmartCitySubgraph.schemaFile);
  const nextSchemaFile = path.join(workDir, 'schema.graphql');
  fs.writeFileSync(
    nextSchemaFile,
    fs.readFileSync(farsSmartCitySubgraph.schemaFile, 'utf8').replace(/\n\s*"[^"\n]*"\n\s*titleEn: String\n/, '\n'),
  );
  farsNext = await startTestSubgraph(
    { ...farsSmartCitySubgraph, schemaFile: nextSchemaFile },
    testDatabase('fars_smart_city_next'),
    federation.gatewayAddress,
  );
  farsNextSdl = subgraphSdl(nextSchemaFile);
  expect(farsNextSdl).not.toBe(farsSdl);
  traffic = steadyTraffic();
});
afterAll(async () => {
  await federation?.stop();
  await stopSubgraphs([fars, farsNext].filter(Boolean));
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a province publishing its own subgraph', () => {
  it('starts from the core subgraphs the registry was bootstrapped with', async () => {
    const { body } = await registryCall('GET', '/subgraphs');
    expect(body.map((s: any) => [s.name, s.owner, s.version])).toEqual([
      ['agreements', 'NATIONAL', 1],
      ['organizations', 'NATIONAL', 1],
      ['projects', 'NATIONAL', 1],
    ]);
    await gatewayServes(1);
  });

  it('publishes, and the gateway serves the new fields without a restart', async () => {
    const { status, body } = await publish('fars-smart-city', farsSdl, fars.url, await editorOf('IR-07'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ subgraphVersion: 1, supergraphVersion: 2, report: { ok: true } });
    await gatewayServes(2);
    const answer = await federation.query(
      `{ province(code: "IR-07") { organization { name farsSmartCityInitiatives { totalCount nodes { title area } } } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.province.organization.farsSmartCityInitiatives.totalCount).toBe(2);
    expect(answer.body.data.province.organization.farsSmartCityInitiatives.nodes.map((n: any) => n.area).sort()).toEqual([
      'SMART_MARKETS',
      'SMART_PARKING',
    ]);
    const list = await registryCall('GET', '/subgraphs');
    expect(list.body.find((s: any) => s.name === 'fars-smart-city')).toMatchObject({ owner: 'IR-07', version: 1 });
    // A pipeline that publishes the same thing again changes nothing.
    const again = await publish('fars-smart-city', farsSdl, fars.url, await editorOf('IR-07'));
    expect(again.body).toMatchObject({ unchanged: true, subgraphVersion: 1, supergraphVersion: 2 });
  });

  it('lets no Mazandaran editor publish under the name Fars claimed', async () => {
    const { status, body } = await publish('fars-smart-city', farsSdl, fars.url, await editorOf('IR-02'));
    expect(status).toBe(403);
    expect(body.error.message).toContain('belongs to IR-07');
    const anonymous = await publish('fars-smart-city', farsSdl, fars.url);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a second province’s colliding field with the composer’s message, and its unprefixed names', async () => {
    const clash = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Province @key(fields: "code") { code: ID! nameFa: String! }`;
    const { status, body } = await registryCall('POST', '/subgraphs/mazandaran-open-data/check', await editorOf('IR-02'), { sdl: clash });
    expect(status).toBe(200);
    expect(body.ok).toBe(false);
    expect(body.compositionErrors.join('\n')).toMatch(/Province\.nameFa/);
    expect(body.namingViolations).toContainEqual(expect.objectContaining({ path: 'Province.nameFa' }));
    const names = await registryCall('GET', '/subgraphs');
    expect(names.body.map((s: any) => s.name)).not.toContain('mazandaran-open-data');
  });

  it('refuses a breaking removal, names the operations it breaks, and accepts it when a national admin forces it', async () => {
    await registryCall('POST', '/operations', await nationalAdmin(), {
      client: 'shiraz-dashboard',
      name: 'FarsInitiativesEn',
      document: '{ farsSmartCityInitiatives { nodes { titleEn } } }',
    });
    const refused = await publish('fars-smart-city', farsNextSdl, farsNext.url, await editorOf('IR-07'));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('BREAKING_CHANGE');
    expect(refused.body.report.breakingChanges).toContainEqual(
      expect.objectContaining({ path: 'FarsSmartCityInitiative.titleEn', operations: ['FarsInitiativesEn'] }),
    );
    expect(refused.body.report.brokenOperations.map((o: any) => o.name)).toEqual(['FarsInitiativesEn']);

    const editorForcing = await publish('fars-smart-city', farsNextSdl, farsNext.url, await editorOf('IR-07'), true);
    expect(editorForcing.status).toBe(409);
    expect(editorForcing.body.error.message).toContain('only a national admin');

    const forced = await publish('fars-smart-city', farsNextSdl, farsNext.url, await nationalAdmin(), true);
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({ subgraphVersion: 2, supergraphVersion: 3 });
    await gatewayServes(3);
    const gone = await federation.query(`{ farsSmartCityInitiatives { nodes { titleEn } } }`);
    expect(gone.status).toBe(400);
  });

  it('rolls back to the previous version, and the gateway follows', async () => {
    const { status, body } = await registryCall('POST', '/subgraphs/fars-smart-city/rollback', await editorOf('IR-07'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ subgraphVersion: 1, supergraphVersion: 4 });
    await gatewayServes(4);
    const back = await federation.query(`{ farsSmartCityInitiatives { nodes { titleEn } } }`);
    expect(back.body.errors).toBeUndefined();
    const history = await registryCall('GET', '/subgraphs/fars-smart-city/history');
    expect(history.body.map((v: any) => [v.version, v.current, v.forced])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);
  });

  it('refuses to publish a subgraph that does not answer at its URL (the documented rule), changing nothing', async () => {
    const { status, body } = await publish(
      'fars-parking-sensors',
      farsSdl.replace(/FarsSmartCity/g, 'FarsParkingSensors').replace(/farsSmartCity/g, 'farsParkingSensors'),
      `http://127.0.0.1:${await closedPort()}/graphql`,
      await editorOf('IR-07'),
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe('SUBGRAPH_UNREACHABLE');
    const supergraph = await registryCall('GET', '/supergraph');
    expect(supergraph.body.version).toBe(4);
  });

  it('checks without storing anything: the same gate as publish', async () => {
    const check = await registryCall('POST', '/subgraphs/fars-smart-city/check', await editorOf('IR-07'), { sdl: farsNextSdl });
    expect(check.status).toBe(200);
    expect(check.body.ok).toBe(false);
    expect(check.body.breakingChanges.length).toBeGreaterThan(0);
    expect((await registryCall('GET', '/supergraph')).body.version).toBe(4);
  });

  it('served every client query of the steady stream while the supergraph changed under it', async () => {
    const { sent, failed } = await traffic.stop();
    expect(sent).toBeGreaterThan(5);
    expect(failed).toEqual([]);
  });
});

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
