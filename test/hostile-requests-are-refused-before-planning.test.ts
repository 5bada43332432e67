import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { defaultRequestSafety, encodeCursor, GATEWAY_JWKS_PATH, type RunningSubgraph, type SubgraphDefinition } from '@hamyar/shared';
import { startGateway, type RunningGateway } from '../gateway/src/gateway';
import { SUPERGRAPH_FILE } from '../gateway/src/compose/compose-supergraph';
import { sha256Hex } from '../gateway/src/persisted-operations/manifest';
import { countingProxy, type CountingProxy } from './support/counting-proxy';
import { TEST_GATEWAY_SIGNING, SUBGRAPHS, startTestSubgraph, stopSubgraphs, testDatabase, type SubgraphName } from './support/federation';

/**
 * Each class of hostile request is answered by the gateway itself — the right code, a 4xx — and never reaches a
 * subgraph: a counting pass-through sits in front of every subgraph. The gateway runs in production posture
 * with the default limits.
 */
let subgraphs: RunningSubgraph[];
let proxies: CountingProxy[];
let gateway: RunningGateway;
/** The same federation behind a second gateway in safelist mode, its manifest a client build's file. */
let safelisted: RunningGateway;
const REGISTERED = 'query ProvinceCount { provinces { totalCount } }';

beforeAll(async () => {
  const names = Object.keys(SUBGRAPHS) as SubgraphName[];
  subgraphs = [];
  // The subgraphs learn where the gateway (its JWKS) is once it listens, as in production.
  const gatewayAddress = { jwksUrl: '', graphqlUrl: '' };
  for (const name of names) subgraphs.push(await startTestSubgraph(SUBGRAPHS[name] as SubgraphDefinition<object>, testDatabase(name), gatewayAddress));
  proxies = await Promise.all(subgraphs.map((subgraph) => countingProxy(subgraph.url)));
  gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(names.map((name, i) => [name, proxies[i].url])),
    subgraphTimeoutMs: 10_000,
    signing: TEST_GATEWAY_SIGNING,
    auth: {},
    requestSafety: defaultRequestSafety(true),
  });
  gatewayAddress.graphqlUrl = gateway.url;
  gatewayAddress.jwksUrl = gateway.url.replace('/graphql', GATEWAY_JWKS_PATH);
  const manifestFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-safelist-')), 'persisted-operations.json');
  fs.writeFileSync(
    manifestFile,
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(REGISTERED), name: 'ProvinceCount', type: 'query', body: REGISTERED }] }),
  );
  safelisted = await startGateway({
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(names.map((name, i) => [name, proxies[i].url])),
    subgraphTimeoutMs: 10_000,
    signing: TEST_GATEWAY_SIGNING,
    auth: {},
    requestSafety: defaultRequestSafety(true),
    safelist: { enabled: true, manifestFile },
  });
});

afterAll(async () => {
  await gateway?.stop();
  await safelisted?.stop();
  await Promise.all((proxies ?? []).map((proxy) => proxy.stop()));
  await stopSubgraphs(subgraphs ?? []);
});

const subgraphRequests = () => proxies.reduce((sum, proxy) => sum + proxy.requests, 0);

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  limit?: { name: string; max: number; found?: number };
  hasData: boolean;
}

async function send(body: string, contentType = 'application/json', url = gateway.url): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; limit?: Answer['limit'] } }[] };
  return {
    status: response.status,
    codes: (json.errors ?? []).map((e) => String(e.extensions?.code)),
    messages: (json.errors ?? []).map((e) => e.message),
    limit: json.errors?.[0]?.extensions?.limit,
    hasData: json.data !== undefined && json.data !== null,
  };
}

const operation = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

const nest = (levels: number) => {
  let inner = 'title';
  for (let i = 0; i < levels; i++) inner = `organization { projects { nodes { ${inner} } } }`;
  return `{ provinces { nodes { ${inner} } } }`;
};

/** Each hostile class: how it is sent, the status and code it must get, and (where one applies) the limit named. */
const ATTACKS: Record<string, { send: () => Promise<Answer>; status: number; code: string; limit?: string }> = {
  deep: { send: () => operation(nest(5)), status: 400, code: 'MAX_DEPTH_LIMIT', limit: 'depth' },
  wide: {
    send: () => operation(`{ ${Array.from({ length: 11 }, (_, i) => `p${i}: province(code: "IR-0${i % 9 + 1}") { code }`).join(' ')} }`),
    status: 400,
    code: 'MAX_ROOT_FIELDS_LIMIT',
    limit: 'rootFields',
  },
  aliased: {
    send: () => operation(`{ province(code: "IR-02") { ${Array.from({ length: 16 }, (_, i) => `a${i}: nameFa`).join(' ')} } }`),
    status: 400,
    code: 'MAX_ALIASES_LIMIT',
    limit: 'aliases',
  },
  'cyclic fragments': {
    send: () => operation(`{ provinces { ...A } } fragment A on ProvinceConnection { totalCount ...B } fragment B on ProvinceConnection { ...A }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  'directive flood': {
    send: () => operation(`{ province(code: "IR-02") { ${'code @skip(if: false) '.repeat(51)} } }`),
    status: 400,
    code: 'MAX_DIRECTIVES_LIMIT',
    limit: 'directives',
  },
  'too many tokens': {
    send: () => operation(`{ province(code: "IR-02") { ${'code '.repeat(1_001)} } }`),
    status: 400,
    code: 'MAX_TOKENS_LIMIT',
    limit: 'tokens',
  },
  'huge first': { send: () => operation(`{ provinces(first: 1000000) { totalCount } }`), status: 400, code: 'BAD_USER_INPUT' },
  'a price over the cost limit': {
    send: () => operation(`{ provinces(first: 100) { nodes { organization { projects(first: 100) { nodes { title } } } } } }`),
    status: 400,
    code: 'COST_LIMIT',
    limit: 'cost',
  },
  'long strings': {
    send: () => operation(`query($q: String) { provinces(search: $q) { totalCount } }`, { q: 'ا'.repeat(10_001) }),
    status: 400,
    code: 'MAX_STRING_LENGTH_LIMIT',
    limit: 'stringLength',
  },
  'a long string literal': {
    send: () => operation(`{ provinces(search: "${'x'.repeat(10_001)}") { totalCount } }`),
    status: 400,
    code: 'MAX_STRING_LENGTH_LIMIT',
    limit: 'stringLength',
  },
  'malformed JSON': { send: () => send('{"query": "{ provinces { totalCount } }"'), status: 400, code: 'BAD_REQUEST' },
  'wrong content type': { send: () => send('{ provinces { totalCount } }', 'text/plain'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  'a form post': { send: () => send('query=%7B__typename%7D', 'application/x-www-form-urlencoded'), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  'oversized body': {
    send: () => operation(`{ __typename }`, { padding: 'x'.repeat(2_000_001) }),
    status: 413,
    code: 'BODY_TOO_LARGE',
    limit: 'bodyBytes',
  },
  'unicode-heavy strings': {
    // 6,000 emoji are 12,000 UTF-16 units: past the string limit however few they look.
    send: () => operation(`query($q: String) { provinces(search: $q) { totalCount } }`, { q: '😀'.repeat(6_000) }),
    status: 400,
    code: 'MAX_STRING_LENGTH_LIMIT',
  },
  'unicode in names': { send: () => operation(`{ استان‌ها { totalCount } }`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  'tampered cursor': { send: () => operation(`{ provinces(after: "'; DROP TABLE provinces; --") { totalCount } }`), status: 400, code: 'BAD_USER_INPUT' },
  'tampered cursor in a variable': {
    send: () => operation(`query($c: String) { provinces(first: 5, before: $c) { totalCount } }`, { c: encodeCursor(['x']).slice(2) + '!' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  'introspection in production': { send: () => operation(`{ __schema { types { name } } }`), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  'an unregistered operation in safelist mode': {
    send: () => send(JSON.stringify({ query: '{ provinces { totalCount } }' }), 'application/json', safelisted.url),
    status: 400,
    code: 'PERSISTED_QUERY_NOT_IN_LIST',
  },
  'an unknown hash in safelist mode': {
    send: () => send(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ __typename }') } } }), 'application/json', safelisted.url),
    status: 400,
    code: 'PERSISTED_QUERY_NOT_IN_LIST',
  },
  'a batch while batching is off': { send: () => send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])), status: 400, code: 'BAD_REQUEST' },
};

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
    const answer = await send(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(REGISTERED) } } }), 'application/json', safelisted.url);
    expect(answer).toMatchObject({ status: 200, codes: [], hasData: true });
  });

  it('still answers an honest query, Persian text included, after refusing', async () => {
    const honest = await operation(`query($q: String) { provinces(search: $q, first: 5) { totalCount nodes { code } } }`, { q: 'مازندران' });
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
