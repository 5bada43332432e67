import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { defaultRequestSafety } from '@hamyar/shared';
import { startGateway, type RunningGateway } from '../gateway/src/gateway';
import { sha256Hex } from '../gateway/src/persisted-operations/manifest';
import { countedSubgraphs, type CountedSubgraphs } from './support/counting-proxy';
import { hostileRequests, send as sendTo } from './support/hostile-requests';
import { startFederation, type Federation } from './support/federation';

/**
 * Each class of hostile request is answered by the gateway itself — the right code, a 4xx — and never reaches a
 * subgraph: a counting pass-through sits in front of every subgraph. The gateway runs in production posture
 * with the default limits.
 */
let federation: Federation;
let counted: CountedSubgraphs;
let gateway: RunningGateway;
/** The same federation behind a second gateway in safelist mode, its manifest a client build's file. */
let safelisted: RunningGateway;
const REGISTERED = 'query ProvinceCount { provinces { totalCount } }';

beforeAll(async () => {
  federation = await startFederation();
  counted = await countedSubgraphs(federation.subgraphs);
  const posture = { subgraphUrls: counted.subgraphUrls, auth: {}, requestSafety: defaultRequestSafety(true) };
  gateway = await startGateway(federation.gatewayConfig(posture));
  const manifestFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-safelist-')), 'persisted-operations.json');
  fs.writeFileSync(
    manifestFile,
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256Hex(REGISTERED), name: 'ProvinceCount', type: 'query', body: REGISTERED }],
    }),
  );
  safelisted = await startGateway(federation.gatewayConfig({ ...posture, safelist: { enabled: true, manifestFile } }));
});

afterAll(async () => {
  await gateway?.stop();
  await safelisted?.stop();
  await counted?.stop();
  await federation?.stop();
});

const subgraphRequests = () => counted.requests();

const send = (body: string, contentType = 'application/json', url = gateway.url) => sendTo(url, body, contentType);
const operation = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

/** Each hostile class: how it is sent, the status and code it must get, and (where one applies) the limit named. */
const ATTACKS = hostileRequests(
  () => gateway.url,
  () => safelisted.url,
);

describe('a hostile request is refused by the gateway before planning, and reaches no subgraph', () => {
  it.each(Object.keys(ATTACKS))('%s', async (name) => {
    const attack = ATTACKS[name];
    const before = subgraphRequests();
    const answer = await attack.send();
    expect({ status: answer.status, code: answer.codes[0] }).toEqual({ status: attack.status, code: attack.code });
    expect(answer.hasData).toBe(false);
    if (attack.limit) expect(answer.limit).toMatchObject({ name: attack.limit, max: expect.any(Number) });
    expect(subgraphRequests() - before).toBe(0);
  });

  it('says which argument is wrong, and in production suggests no field names', async () => {
    expect((await ATTACKS['huge first'].send()).messages[0]).toBe('Invalid value for "first": must be between 0 and 100, got 1000000');
    expect((await ATTACKS['tampered cursor'].send()).messages[0]).toContain('"after"');
    const typo = await operation(`{ provincez { totalCount } }`);
    expect(typo.status).toBe(400);
    expect(typo.messages[0]).not.toMatch(/Did you mean/);
  });

  it('in safelist mode still runs the registered operation, by hash', async () => {
    const answer = await send(
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(REGISTERED) } } }),
      'application/json',
      safelisted.url,
    );
    expect(answer).toMatchObject({ status: 200, codes: [], hasData: true });
  });

  it('still answers an honest query, Persian text included, after refusing', async () => {
    const honest = await operation(`query($q: String) { provinces(search: $q, first: 5) { totalCount nodes { code } } }`, {
      q: 'مازندران',
    });
    expect(honest).toMatchObject({ status: 200, codes: [], hasData: true });
  });
});

describe('after thousands of hostile requests', () => {
  it('the gateway gives the same answers, reaches no subgraph, and its memory stays bounded', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const names = Object.keys(ATTACKS).filter((name) => name !== 'oversized body');
    const firstAnswers = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await ATTACKS[name].send()] as const)));
    const honest = () => operation(`{ province(code: "IR-02") { nameFa organization { name } } }`);
    const honestBefore = await honest();

    const round = async (count: number) => {
      for (let i = 0; i < count; i += 10) {
        // Ten at a time, as concurrent clients would send them.
        const batch = names.slice(0, 10).map((_, j) => names[(i + j) % names.length]);
        const answers = await Promise.all(batch.map((name) => ATTACKS[name].send()));
        answers.forEach((answer, j) => expect(answer).toEqual(firstAnswers[batch[j]]));
      }
    };
    await round(200);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const subgraphBefore = subgraphRequests();
    await round(2_000);
    expect(subgraphRequests() - subgraphBefore).toBe(0);
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    console.log(`heap after 200 hostile requests ${(heapBefore / 1e6).toFixed(1)} MB; after 2,000 more ${(heapAfter / 1e6).toFixed(1)} MB`);
    expect(heapAfter / heapBefore).toBeLessThan(1.25);
    expect(await honest()).toEqual(honestBefore);
  }, 180_000);
});
