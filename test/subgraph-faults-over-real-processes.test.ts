import { postGraphQL, type GraphQLResponse } from './support/federation';
import { processFederation, type ProcessFederation } from './support/processes';

/**
 * The gateway and the subgraphs as separate OS processes, and subgraphs that go away, hang and come back
 * while clients keep asking. The gateway must keep answering what it can, name what is missing, cut a hung
 * subgraph at its timeout, stop calling a dead one (its breaker opens) and go back to it by itself.
 */
jest.setTimeout(600_000);

const QUERY = `query Mazandaran { province(code: "IR-02") { nameFa projects { nodes { title } } } agreements(first: 1) { totalCount } }`;
const BREAKER_RESET_MS = 1_500;

describe('subgraph faults, over real processes', () => {
  let federation: ProcessFederation;
  const ask = (): Promise<GraphQLResponse> => postGraphQL(federation.gatewayUrl, QUERY);
  const ready = async () => (await fetch(federation.gatewayUrl.replace('/graphql', '/health/ready'))).json();
  const isFull = (answer: GraphQLResponse) =>
    answer.status === 200 &&
    !answer.body.errors &&
    answer.body.data?.province?.projects?.nodes?.length === 2 &&
    answer.body.data?.agreements?.totalCount > 0;

  /** Asks until a full answer comes back, as a client would, and returns how many partial answers came first. */
  async function untilFull(timeoutMs: number): Promise<GraphQLResponse[]> {
    const partial: GraphQLResponse[] = [];
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const answer = await ask();
      if (isFull(answer)) return partial;
      partial.push(answer);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no full answer within ${timeoutMs} ms; last: ${JSON.stringify(partial.at(-1)?.body)}`);
  }

  beforeAll(async () => {
    federation = await processFederation(
      {},
      {
        SUBGRAPH_BREAKER_FAILURES: '3',
        SUBGRAPH_BREAKER_RESET_MS: String(BREAKER_RESET_MS),
        SUBGRAPH_TIMEOUTS: 'agreements=5000',
        RATE_LIMIT: 'false',
      },
    );
  });
  afterAll(async () => {
    federation?.services.agreements.thaw();
    await federation?.stop();
  });

  it('a gateway started while a subgraph is down serves the rest, and the whole once it is up', async () => {
    await federation.start(['organizations', 'projects', 'gateway']);
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(answer.body.data.province.nameFa).toBe('مازندران');
    expect(answer.body.data.province.projects.nodes).toHaveLength(2);
    expect(answer.body.data.agreements).toBeNull();
    expect(answer.body.errors).toContainEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'agreements' }) }),
    );
    expect((await ready()).supergraph.loaded).toBe(true);

    await federation.services.agreements.start();
    await untilFull(30_000);
  });

  it('a subgraph stopped in the middle of a stream of queries: partial data naming it, its breaker opens, and full answers come back after it restarts', async () => {
    await untilFull(60_000);

    const stopping = federation.services.projects.stop('SIGTERM');
    const during: GraphQLResponse[] = [];
    while (during.length < 12) {
      during.push(await ask());
    }
    expect(await stopping).toBe(0);
    // The stream never fails as a whole: every answer carries the other subgraphs' data.
    for (const answer of during) {
      expect(answer.status).toBe(200);
      expect(answer.body.data.province.nameFa).toBe('مازندران');
    }
    const failed = during.filter((answer) => answer.body.errors?.some((error) => error.extensions?.serviceName === 'projects'));
    expect(failed.length).toBeGreaterThanOrEqual(6);
    for (const answer of failed) {
      expect(answer.body.data.province.projects).toBeNull();
      expect(answer.body.errors).toContainEqual(
        expect.objectContaining({
          message: expect.stringContaining('Subgraph "projects"'),
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'projects' }),
        }),
      );
    }
    // After three failures in a row the breaker is open: calls fail at once, without trying the subgraph.
    const last = failed.at(-1)!.body.errors!.find((error) => error.extensions?.serviceName === 'projects')!;
    expect(last.extensions).toMatchObject({ circuit: 'open' });
    expect(last.message).toMatch(/calls to it are paused/);
    expect((await ready()).subgraphs.projects.breaker).toBe('open');
    const metrics = await (await fetch(federation.gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/hamyar_subgraph_breaker_state\{[^}]*subgraph="projects"[^}]*\} 2/);

    await federation.services.projects.start();
    const partialAfterRestart = await untilFull(30_000);
    // It came back by itself: the breaker let a probe through after its reset time and closed again.
    expect(partialAfterRestart.every((answer) => answer.status === 200)).toBe(true);
    expect((await ready()).subgraphs.projects.breaker).toBe('closed');
    expect(federation.services.gateway.exitCode).toBeNull();
  });

  it('a hung subgraph is cut at its timeout, and the rest of the answer arrives', async () => {
    federation.services.agreements.freeze();
    try {
      const started = Date.now();
      const answer = await ask();
      const elapsed = Date.now() - started;
      expect(answer.status).toBe(200);
      expect(answer.body.data.province.projects.nodes).toHaveLength(2);
      expect(answer.body.data.agreements).toBeNull();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          message: 'Subgraph "agreements" did not answer within 5000 ms',
          extensions: expect.objectContaining({ code: 'SUBREQUEST_TIMEOUT', serviceName: 'agreements' }),
        }),
      ]);
      // Cut at its own timeout (agreements=5000), not the gateway-wide 10 s.
      expect(elapsed).toBeGreaterThanOrEqual(5_000);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      federation.services.agreements.thaw();
    }
    await untilFull(30_000);
  });

  it('every service drains and exits 0 on SIGTERM', async () => {
    const codes = await federation.stop();
    expect(codes).toEqual({ gateway: 0, organizations: 0, projects: 0, agreements: 0 });
  });
});
