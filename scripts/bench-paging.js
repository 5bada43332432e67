#!/usr/bin/env node
// `npm run bench:paging`: paging at volume. Starts the federation in this process on DATABASE_URL, where
// `npm run seed:synthetic` loaded the volume (e.g. --projects 1000000 --agreements 300000, then VACUUM
// ANALYZE), and prints, for every shape of list page, the latency through the gateway (p50/p95 over
// sequential requests) and the SQL statements it cost each subgraph. Figures compare runs on one machine;
// the tests assert none of them (test/pages-are-index-range-scans.test.ts asserts the plans).
'use strict';
const { startInProcessFederation } = require('../bench/lib/in-process-federation');

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 50);
// BENCH_ONLY=<regular expression>: measure only the shapes whose label matches (e.g. BENCH_ONLY=investmentSummary).
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const TARGETS = { page: 50, summary: 500 };

/** label → [kind, query, variables from the cursors found before measuring]. */
function shapes(cursors) {
  const page = (query, variables = {}) => ['page', query, variables];
  const projects = (args) => page(`{ projects(${args}) { nodes { id title budget { max { rials } } } pageInfo { endCursor } } }`);
  return {
    // Not a list: what any request costs through the gateway on this machine right now, to read the rest against.
    'floor: one province by code (no list)': page(`{ province(code: "IR-07") { code nameFa } }`),
    'projects: first page (title)': projects('first: 20'),
    'projects: next page (after)': page(`query($after: String) { projects(first: 20, after: $after) { nodes { id title } } }`, {
      after: cursors.projectsNext,
    }),
    'projects: deep page (cursor at the end)': page(`query($after: String) { projects(first: 20, after: $after) { nodes { id title } } }`, {
      after: cursors.projectsDeep,
    }),
    'projects: by title DESC': projects('first: 20, orderBy: { field: TITLE, direction: DESC }'),
    'projects: by budget DESC': projects('first: 20, orderBy: { field: BUDGET, direction: DESC }'),
    'projects: by budget ASC': projects('first: 20, orderBy: { field: BUDGET, direction: ASC }'),
    'projects: by budget DESC, deep page': page(
      `query($after: String) { projects(first: 20, after: $after, orderBy: { field: BUDGET, direction: DESC }) { nodes { id title } } }`,
      { after: cursors.budgetDeep },
    ),
    'projects: by started on DESC': projects('first: 20, orderBy: { field: STARTED_ON, direction: DESC }'),
    'projects: by created at DESC': projects('first: 20, orderBy: { field: CREATED_AT, direction: DESC }'),
    'projects: by expected jobs DESC': projects('first: 20, orderBy: { field: EXPECTED_JOBS, direction: DESC }'),
    'projects: backward (last 20)': projects('last: 20'),
    'projects: one province': projects('first: 20, filter: { provinceCodes: ["IR-07"] }'),
    'projects: one province, by budget DESC': projects(
      'first: 20, filter: { provinceCodes: ["IR-07"] }, orderBy: { field: BUDGET, direction: DESC }',
    ),
    'projects: status IN_PROGRESS': projects('first: 20, filter: { statuses: [IN_PROGRESS] }'),
    'projects: started 1400-1401, by started on': projects(
      'first: 20, filter: { startedOn: { from: { jalali: "1400-01-01" }, to: { jalali: "1401-12-29" } } }, orderBy: { field: STARTED_ON, direction: ASC }',
    ),
    'projects: search (one project)': projects('first: 20, filter: { search: "شمارهٔ 123456" }'),
    'projects: search (a common word)': projects('first: 20, filter: { search: "آسفالت" }'),
    'projects: first page with totalCount': page(`{ projects(first: 20) { totalCount nodes { id title } } }`),
    'nested: 31 organizations × 10 projects': page(
      `{ organizations(first: 31) { nodes { name projects(first: 10) { nodes { id title } } } } }`,
    ),
    'nested: 31 organizations × 10 projects by budget': page(
      `{ organizations(first: 31) { nodes { name projects(first: 10, orderBy: { field: BUDGET, direction: DESC }) { nodes { id title } } } } }`,
    ),
    'nested: 31 provinces × 10 agreements': page(
      `{ provinces(first: 31) { nodes { code agreements(first: 10) { nodes { id title } } } } }`,
    ),
    'nested: 20 projects × their agreements': page(
      `{ projects(first: 20, filter: { isSynthetic: true }) { nodes { id agreements(first: 5) { nodes { id } } } } }`,
    ),
    'agreements: first page (signed, newest first)': page(`{ agreements(first: 20) { nodes { id title } pageInfo { endCursor } } }`),
    'agreements: deep page': page(`query($after: String) { agreements(first: 20, after: $after) { nodes { id title } } }`, {
      after: cursors.agreementsDeep,
    }),
    'agreements: by signed on ASC': page(`{ agreements(first: 20, orderBy: { field: SIGNED_ON, direction: ASC }) { nodes { id title } } }`),
    'agreements: by title': page(`{ agreements(first: 20, orderBy: { field: TITLE, direction: ASC }) { nodes { id title } } }`),
    'agreements: × their projects': page(`{ agreements(first: 20) { nodes { id projects(first: 5) { nodes { id } } } } }`),
    'investmentSummary by province (all rows)': [
      'summary',
      `{ investmentSummary(groupBy: [PROVINCE]) { province { code } projectCount projectsWithBudget budgetMax { rials } expectedJobs } }`,
      {},
    ],
    'investmentSummary by sector and status (all rows)': [
      'summary',
      `{ investmentSummary(groupBy: [SECTOR, STATUS]) { sector status projectCount budgetMin { rials } } }`,
      {},
    ],
  };
}

/**
 * Postgres's own execution time of the statements one request sent (EXPLAIN ANALYZE, summed over
 * subgraphs): what the database costs, apart from the gateway and Node, whose share grows on a busy machine.
 */
async function sqlExecutionMs(subgraphs, request) {
  const recorded = [];
  const work = subgraphs.reduce(
    (inner, s) => async () => recorded.push(...(await s.database.statements.record(inner)).statements.map((st) => [s, st])),
    request,
  );
  await work();
  let total = 0;
  for (const [subgraph, statement] of recorded) {
    if (!/^\s*SELECT/i.test(statement.query)) continue;
    const [{ 'QUERY PLAN': plan }] = await subgraph.database.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`, [
      ...statement.parameters,
    ]);
    total += plan[0]['Execution Time'];
  }
  return total;
}

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error(
      'bench:paging needs DATABASE_URL: a Postgres database seeded with `npm run seed:synthetic -- --projects 1000000 --agreements 300000`, then VACUUM ANALYZE',
    );
    process.exit(2);
  }
  const { subgraphs, gateway, stop } = await startInProcessFederation({
    database: (name) => ({ kind: 'postgres', url: process.env.DATABASE_URL, schema: name.replace(/-/g, '_') }),
    subgraphTimeoutMs: 30000,
  });
  const post = async (query, variables) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${query}\n${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    const [{ count: projectCount }] = await subgraphs[1].database.dataSource.query('SELECT count(*)::int AS count FROM investment_project');
    const [{ count: agreementCount }] = await subgraphs[2].database.dataSource.query('SELECT count(*)::int AS count FROM agreement');
    const cursors = {
      projectsNext: (await post(`{ projects(first: 20) { pageInfo { endCursor } } }`)).projects.pageInfo.endCursor,
      projectsDeep: (await post(`{ projects(last: 20) { pageInfo { startCursor } } }`)).projects.pageInfo.startCursor,
      budgetDeep: (await post(`{ projects(last: 20, orderBy: { field: BUDGET, direction: DESC }) { pageInfo { startCursor } } }`)).projects
        .pageInfo.startCursor,
      agreementsDeep: (await post(`{ agreements(last: 20) { pageInfo { startCursor } } }`)).agreements.pageInfo.startCursor,
    };
    console.log(
      `Paging at volume: ${projectCount.toLocaleString('en')} projects, ${agreementCount.toLocaleString('en')} agreements on PostgreSQL; ` +
        `${ITERATIONS} sequential requests per shape through the gateway (targets: page p95 < ${TARGETS.page} ms, summary p95 < ${TARGETS.summary} ms)\n`,
    );
    console.log(
      `${'shape'.padEnd(52)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'SQL ms'.padStart(8)}  SQL statements per request`,
    );
    let misses = 0;
    for (const [label, [kind, query, variables]] of Object.entries(shapes(cursors))) {
      if (ONLY && !ONLY.test(label)) continue;
      for (let i = 0; i < 3; i++) await post(query, variables); // warm-up: query plans, caches
      const before = subgraphs.map((s) => s.database.statements.total);
      const times = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const start = process.hrtime.bigint();
        await post(query, variables);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      times.sort((a, b) => a - b);
      const sqlMs = await sqlExecutionMs(subgraphs, () => post(query, variables));
      const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
      const statements = subgraphs
        .map((s, i) => [s.name, (s.database.statements.total - before[i]) / ITERATIONS])
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      const over = pct(0.95) >= TARGETS[kind];
      if (over) misses += 1;
      console.log(
        `${label.padEnd(52)} ${pct(0.5).toFixed(1).padStart(8)} ${pct(0.95).toFixed(1).padStart(8)} ${sqlMs.toFixed(2).padStart(8)}  ${statements}${over ? '  (over target)' : ''}`,
      );
    }
    console.log(`\n${misses === 0 ? 'every shape within its target' : `${misses} shape(s) over target`}`);
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
