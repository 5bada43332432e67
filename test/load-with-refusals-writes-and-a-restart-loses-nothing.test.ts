import pg from 'pg';
import { seedIds } from '@hamyar/shared';
import { editorOf, postGraphQL, type GraphQLResponse } from './support/federation';
import { processFederation, type ProcessFederation } from './support/processes';

/**
 * A bounded load over real processes: readers, refused requests, a province editor writing past its rate,
 * and the projects subgraph restarted in the middle. Every answer must be one the client expects (data,
 * a refusal with its code, 429 past the rate, or the restarting subgraph named), every write the gateway
 * accepted must be in the database, and the 429s must start exactly past the configured rate.
 */
jest.setTimeout(600_000);

const PER_CALLER = 50;
const WRITES = PER_CALLER + 10;
const READ = `query Reader { province(code: "IR-07") { nameFa projects(first: 5) { nodes { title } } } agreements(first: 1) { totalCount } }`;
const CREATE = `mutation Write($input: CreateProjectInput!) { createProject(input: $input) { id } }`;

interface Outcome {
  kind: 'read' | 'refused' | 'write';
  response?: GraphQLResponse;
  failure?: string;
}

describe('a bounded load with a subgraph restart', () => {
  let federation: ProcessFederation;
  beforeAll(async () => {
    federation = await processFederation(
      { LOG_LEVEL: 'warn' },
      {
        RATE_LIMIT_PER_CALLER: String(PER_CALLER),
        RATE_LIMIT_PER_IP: '100000',
        RATE_LIMIT_WINDOW_SECONDS: '3600',
        SUBGRAPH_BREAKER_RESET_MS: '1000',
      },
    );
    await federation.start();
  });
  afterAll(() => federation?.stop());

  it('has zero unexpected errors, keeps every accepted write, and answers 429 only past the rate', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const record = async (kind: Outcome['kind'], send: () => Promise<GraphQLResponse>) => {
      try {
        const response = await send();
        outcomes.push({ kind, response });
        return response;
      } catch (error) {
        outcomes.push({ kind, failure: (error as Error).message });
        return undefined;
      }
    };
    const readers = Array.from({ length: 3 }, async () => {
      while (running) await record('read', () => postGraphQL(federation.gatewayUrl, READ));
    });
    const refusals = (async () => {
      while (running) {
        await record('refused', () => postGraphQL(federation.gatewayUrl, `{ provinces { noSuchField } }`));
        await record('refused', () =>
          postGraphQL(federation.gatewayUrl, CREATE, {
            input: { organizationId: seedIds.organization('IR-07'), title: 'anonymous', sector: 'OTHER' },
          }),
        );
      }
    })();
    const token = await editorOf('IR-07');
    const writes: (GraphQLResponse | undefined)[] = [];
    let restarting = false;
    let writesWhileRestarting = 0;
    const writer = (async () => {
      for (let i = 0; i < WRITES; i += 1) {
        const input = { organizationId: seedIds.organization('IR-07'), title: `طرح بار ${i}`, sector: 'OTHER' };
        if (restarting) writesWhileRestarting += 1;
        writes.push(
          await record('write', () => postGraphQL(federation.gatewayUrl, CREATE, { input }, { authorization: `Bearer ${token}` })),
        );
        // Writes land before, during (at most 15, however long the restart takes) and after the restart.
        await new Promise((resolve) => setTimeout(resolve, restarting ? 1_000 : 100));
        while (restarting && writesWhileRestarting >= 15) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    while (writes.length < 10) await new Promise((resolve) => setTimeout(resolve, 50));
    restarting = true;
    expect(await federation.services.projects.stop('SIGTERM')).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await federation.services.projects.start();
    restarting = false;
    await writer;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    running = false;
    await Promise.all([...readers, refusals]);

    // Nothing failed at the HTTP level, and the gateway is still the same process.
    expect(outcomes.filter((o) => o.failure)).toEqual([]);
    expect(federation.services.gateway.exitCode).toBeNull();

    const unexpected = outcomes.filter(({ kind, response }) => {
      const { status, body } = response!;
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      // The one failure a client may meet besides its own: the restarting subgraph, named.
      const restarting =
        status === 200 &&
        codes.length > 0 &&
        (body.errors ?? []).every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.extensions?.serviceName === 'projects');
      if (kind === 'read') return status !== 200 || !body.data?.province?.nameFa || (codes.length > 0 && !restarting);
      if (kind === 'refused')
        return (
          !restarting &&
          !(status === 400 && codes[0] === 'GRAPHQL_VALIDATION_FAILED') &&
          !(codes[0] === 'UNAUTHENTICATED' && !body.data?.createProject)
        );
      return status === 200 ? codes.length > 0 && !restarting : !(status === 429 && codes[0] === 'RATE_LIMITED');
    });
    expect(unexpected.map((o) => ({ kind: o.kind, status: o.response!.status, errors: o.response!.body.errors }))).toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'read').length).toBeGreaterThan(20);
    // The restart was felt: some answers named the missing subgraph.
    expect(outcomes.some((o) => o.response!.body.errors?.some((e) => e.extensions?.serviceName === 'projects'))).toBe(true);

    // 429 exactly past the rate: the first PER_CALLER writes were let through (answered or naming the
    // restarting subgraph), every later one refused.
    const statuses = writes.map((w) => w!.status);
    expect(statuses.slice(0, PER_CALLER).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(PER_CALLER).every((s) => s === 429)).toBe(true);

    // Every write the gateway answered with an id is in the projects subgraph's database.
    const accepted = writes.map((w) => w!.body.data?.createProject?.id).filter((id): id is string => Boolean(id));
    expect(accepted.length).toBeGreaterThan(10);
    if (process.env.DATABASE_URL) {
      const client = new pg.Client(process.env.DATABASE_URL);
      await client.connect();
      try {
        const schema = federation.services.projects.schema!;
        const { rows } = await client.query(`SELECT id FROM "${schema}".investment_project WHERE id::text = ANY($1::text[])`, [accepted]);
        expect(rows.map((row) => String(row.id)).sort()).toEqual([...accepted].sort());
      } finally {
        await client.end();
      }
    }
    for (const id of accepted) {
      const { body } = await postGraphQL(federation.gatewayUrl, `query ReadBack($id: ID!) { project(id: $id) { id } }`, { id });
      expect(body.data.project).toEqual({ id });
    }
  });
});
