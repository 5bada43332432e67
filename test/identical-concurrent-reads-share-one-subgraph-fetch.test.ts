import { GATEWAY_JWKS_PATH, type RunningSubgraph, type SubgraphDefinition } from '@hamyar/shared';
import { startGateway, type RunningGateway } from '../gateway/src/gateway';
import { SUPERGRAPH_FILE } from '../gateway/src/compose/compose-supergraph';
import { countingProxy, type CountingProxy } from './support/counting-proxy';
import { SUBGRAPHS, TEST_GATEWAY_SIGNING, startTestSubgraph, stopSubgraphs, testDatabase, type SubgraphName } from './support/federation';

/**
 * Identical reads in flight at once are one subgraph fetch, although every client request has its own request ID
 * (and trace) that the gateway passes on: those name the request, not what it asks.
 */
let subgraphs: RunningSubgraph[];
let proxies: CountingProxy[];
let gateway: RunningGateway;

beforeAll(async () => {
  const names = Object.keys(SUBGRAPHS) as SubgraphName[];
  const gatewayAddress = { jwksUrl: '', graphqlUrl: '' };
  subgraphs = [];
  for (const name of names)
    subgraphs.push(await startTestSubgraph(SUBGRAPHS[name] as SubgraphDefinition<object>, testDatabase(name), gatewayAddress));
  proxies = await Promise.all(subgraphs.map((subgraph) => countingProxy(subgraph.url)));
  gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(names.map((name, i) => [name, proxies[i].url])),
    subgraphTimeoutMs: 10_000,
    signing: TEST_GATEWAY_SIGNING,
    auth: {},
    logLevel: 'warn',
  });
  gatewayAddress.graphqlUrl = gateway.url;
  gatewayAddress.jwksUrl = gateway.url.replace('/graphql', GATEWAY_JWKS_PATH);
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all((proxies ?? []).map((proxy) => proxy.stop()));
  await stopSubgraphs(subgraphs ?? []);
});

it('sends one subgraph fetch for twenty identical reads in flight, each with its own request ID', async () => {
  const query = '{ province(code: "IR-02") { nameFa nameEn capitalFa } }';
  const read = (i: number) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `identical-read-${i}` },
      body: JSON.stringify({ query }),
    }).then(async (response) => ({
      status: response.status,
      body: await response.json(),
      requestId: response.headers.get('x-request-id'),
    }));
  const before = proxies.reduce((sum, proxy) => sum + proxy.requests, 0);
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => read(i)));
  const fetches = proxies.reduce((sum, proxy) => sum + proxy.requests, 0) - before;
  for (const [i, answer] of answers.entries()) {
    expect(answer).toEqual({ status: 200, body: answers[0].body, requestId: `identical-read-${i}` });
  }
  expect(answers[0].body.data.province.nameFa).toBe('مازندران');
  expect(fetches).toBeLessThan(20);
});
