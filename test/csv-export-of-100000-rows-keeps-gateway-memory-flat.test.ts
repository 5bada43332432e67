import { createLogger, openDatabase } from '@hamyar/shared';
import { ENTITIES } from '../subgraphs/projects/src/entities';
import { MIGRATIONS } from '../subgraphs/projects/src/migrations';
import { generateSyntheticProjects } from '../subgraphs/projects/src/seed/synthetic';
import { itOnPostgres } from './support/postgres-only';
import { processFederation, type ProcessFederation } from './support/processes';

/**
 * 100,000 projects exported as one CSV by a gateway running as its own process: the export pages through
 * the connection, writing each page while the next is fetched, so the gateway streams the whole list inside a
 * small heap and its resident memory stays within a bound far below what holding the list would take (the
 * CSV alone is ~25 MB; the parsed pages several times that). Postgres only: 100,000 rows into an embedded
 * database take too long.
 */
jest.setTimeout(300_000);

const ROWS = 100_000;
/** Growth of the gateway's RSS over its level after a warm-up export, allowed while the big one streams. */
const RSS_GROWTH_BOUND = 64 * 1024 * 1024;
/**
 * The gateway's old-space limit: about twice what it uses idle (~100 MiB), far below what the list would take
 * held whole. Without it V8 lets garbage pile up to gigabytes before a full collection, and the RSS would say
 * more about the collector's pace than about what the export keeps (measured: +160 MiB of garbage uncapped,
 * +39 MiB capped, at the same row count).
 */
const HEAP_MIB = 192;

const EXPORT = `query SyntheticProjects($first: Int, $after: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    nodes { id title titleEn sector status budget { min { rials } max { rials } } expectedJobs startedOn { iso } isSynthetic }
  }
}`;

async function residentBytes(metricsUrl: string, metric = 'process_resident_memory_bytes'): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return Number(new RegExp(`^${metric}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)![1]);
}

/** Streams an export, keeping only the first column (the id) of each line; returns the header and the ids. */
async function exportIds(url: string, filter: unknown): Promise<{ status: number; header: string; ids: string[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXPORT, variables: { filter }, path: 'projects' }),
  });
  if (response.status !== 200) return { status: response.status, header: await response.text(), ids: [] };
  // ignoreBOM: keep the BOM in the text, to see that it is there.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let rest = '';
  let header = '';
  const ids: string[] = [];
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\r\n');
    rest = lines.pop()!;
    for (const line of lines) {
      if (!header) header = line;
      else ids.push(line.slice(0, line.indexOf(',')));
    }
  }
  if (rest) ids.push(rest);
  return { status: response.status, header, ids };
}

describe('a CSV export of 100,000 rows', () => {
  let federation: ProcessFederation | undefined;
  afterAll(() => federation?.stop());

  itOnPostgres('streams every row exactly once while the gateway’s memory stays flat', async () => {
    const t0 = Date.now();
    federation = await processFederation({ LOG_LEVEL: 'warn' }, { NODE_OPTIONS: `--max-old-space-size=${HEAP_MIB}` });
    // The export reads the projects subgraph only; the gateway starts while the rows go in.
    await federation.start(['projects']);
    const gatewayStarting = federation.start(['gateway']);
    const booted = Date.now();
    const database = await openDatabase({
      subgraph: 'projects',
      config: { kind: 'postgres', url: process.env.DATABASE_URL!, schema: federation.services.projects.schema! },
      entities: ENTITIES,
      migrations: MIGRATIONS,
      // Inserting 5,000 rows a statement is slow by design; the warnings would bury the test's own line.
      log: createLogger('projects', 'error'),
    });
    try {
      await generateSyntheticProjects(database.dataSource, { count: ROWS, seed: 10 });
    } finally {
      await database.close();
    }
    await gatewayStarting;
    const seeded = Date.now();
    const exportUrl = federation.gatewayUrl.replace('/graphql', '/export.csv');
    const metricsUrl = federation.gatewayUrl.replace('/graphql', '/metrics');

    // A province's share first: code paths warmed, pools filled; the level after it is the baseline.
    const warmUp = await exportIds(exportUrl, { isSynthetic: true, provinceCodes: ['IR-02'] });
    expect(warmUp.ids.length).toBeGreaterThan(1_000);
    const baseline = await residentBytes(metricsUrl);
    const warmed = Date.now();

    let peak = baseline;
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await residentBytes(metricsUrl));
        peakHeap = Math.max(peakHeap, await residentBytes(metricsUrl, 'nodejs_heap_size_used_bytes'));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const big = await exportIds(exportUrl, { isSynthetic: true });
    const done = Date.now();
    sampling = false;
    await sampler;

    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(
      `started in ${s(t0, booted)}, seeded ${ROWS} in ${s(booted, seeded)}, warm-up export in ${s(seeded, warmed)}, exported ${big.ids.length} rows in ${s(warmed, done)}; gateway RSS ${mib(baseline)} MiB after warm-up, peak ${mib(peak)} MiB (+${mib(peak - baseline)}), peak heap used ${mib(peakHeap)} MiB`,
    );
    expect(big.status).toBe(200);
    expect(big.header).toBe(
      '\uFEFFid,title,titleEn,sector,status,budget.min.rials,budget.max.rials,expectedJobs,startedOn.iso,isSynthetic',
    );
    expect(big.ids.length).toBe(ROWS);
    expect(new Set(big.ids).size).toBe(ROWS);
    expect(peak - baseline).toBeLessThan(RSS_GROWTH_BOUND);
  });
});
