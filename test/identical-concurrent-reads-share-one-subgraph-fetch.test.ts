import { startGateway, type RunningGateway } from '../gateway/src/gateway';
import { countedSubgraphs, type CountedSubgraphs } from './support/counting-proxy';
import { startFederation, type Federation } from './support/federation';

/**
 * Identical reads in flight at once are one subgraph fetch, although every client request has its own request ID
 * (and trace) that the gateway passes on: those name the request, not what it asks.
 */
let federation: Federation;
let counted: CountedSubgraphs;
let gateway: RunningGateway;

beforeAll(async () => {
  federation = await startFederation();
  counted = await countedSubgraphs(federation.subgraphs);
  gateway = await startGateway(federation.gatewayConfig({ subgraphUrls: counted.subgraphUrls }));
});

afterAll(async () => {
  await gateway?.stop();
  await counted?.stop();
  await federation?.stop();
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
  const before = counted.requests();
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => read(i)));
  const fetches = counted.requests() - before;
  for (const [i, answer] of answers.entries()) {
    expect(answer).toEqual({ status: 200, body: answers[0].body, requestId: `identical-read-${i}` });
  }
  expect(answers[0].body.data.province.nameFa).toBe('مازندران');
  expect(fetches).toBeLessThan(20);
});
