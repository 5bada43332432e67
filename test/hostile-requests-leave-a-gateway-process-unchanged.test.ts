import fs from 'node:fs';
import { hostileRequests } from './support/hostile-requests';
import { processFederation, type ProcessFederation } from './support/processes';

/**
 * The attack suite over real processes, as production runs them: the gateway in production posture in its own
 * OS process (so its memory is its own, not the test runner's), the subgraphs in theirs. Thousands of hostile
 * requests later, every one was refused with the same answer, none reached a subgraph, an honest query gets the
 * same answer as before, and the gateway's resident memory has not grown with them.
 */
jest.setTimeout(300_000);

let federation: ProcessFederation;

beforeAll(async () => {
  // A bounded old space, as a container's memory limit would set it: a leak would show as growth up to it.
  federation = await processFederation({}, { NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=192', RATE_LIMIT: 'false' });
  await federation.start();
});

afterAll(async () => {
  await federation?.stop();
});

/** The gateway process's resident set, in MB, from the kernel. */
function gatewayRssMb(): number {
  const status = fs.readFileSync(`/proc/${federation.services.gateway.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

/** GraphQL requests each subgraph has served so far, from its own /metrics. */
async function subgraphRequests(): Promise<number> {
  let total = 0;
  for (const name of ['organizations', 'projects', 'agreements'] as const) {
    const text = await fetch(federation.services[name].url.replace('/graphql', '/metrics')).then((response) => response.text());
    for (const line of text.split('\n')) {
      if (line.startsWith('hamyar_graphql_request_duration_seconds_count')) total += Number(line.split(' ').at(-1));
    }
  }
  return total;
}

it('refuses thousands of hostile requests alike, reaches no subgraph, and keeps its memory and its answers', async () => {
  const attacks = hostileRequests(() => federation.gatewayUrl);
  const names = Object.keys(attacks);
  const honest = () =>
    fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ province(code: "IR-02") { nameFa organization { name } } }' }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
  const honestBefore = await honest();
  expect(honestBefore.body.data.province.nameFa).toBe('مازندران');

  const first = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await attacks[name].send()] as const)));
  for (const name of names)
    expect({ name, status: first[name].status, code: first[name].codes[0] }).toEqual({
      name,
      status: attacks[name].status,
      code: attacks[name].code,
    });

  const round = async (count: number) => {
    for (let i = 0; i < count; i += 10) {
      // Ten at a time, as concurrent clients would send them; the oversized body among them too.
      const batch = Array.from({ length: 10 }, (_, j) => names[(i + j) % names.length]);
      const answers = await Promise.all(batch.map((name) => attacks[name].send()));
      answers.forEach((answer, j) => expect(answer).toEqual(first[batch[j]]));
    }
  };
  // Warm-up: the heap and the caches settle at their working size.
  await round(500);
  const rssBefore = gatewayRssMb();
  const subgraphsBefore = await subgraphRequests();
  await round(3_000);
  const rssAfter = gatewayRssMb();
  console.log(`gateway RSS after 500 hostile requests ${rssBefore.toFixed(0)} MB; after 3,000 more ${rssAfter.toFixed(0)} MB`);

  expect(await subgraphRequests()).toBe(subgraphsBefore);
  expect(rssAfter - rssBefore).toBeLessThan(48);
  expect(federation.services.gateway.exitCode).toBeNull();
  expect(await honest()).toEqual(honestBefore);
});
