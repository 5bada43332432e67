#!/usr/bin/env node
// `npm run bench:sql`: starts the federation in this process on in-memory embedded databases (or DATABASE_URL),
// then prints, for each query, the latency percentiles through the gateway and the SQL statements it cost
// each subgraph. Figures are for comparing runs on one machine; the tests assert none of them.
'use strict';
const { startInProcessFederation } = require('../bench/lib/in-process-federation');
const { startProgress } = require('./progress');

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 200);
const QUERIES = {
  'README example (IR-02, 3 subgraphs)': `{ province(code: "IR-02") { nameFa organization { name projects { nodes { title } } agreements { nodes { number signedOn { jalali iso } } } } } }`,
  'all 31 provinces, 4 levels deep': `{ provinces(first: 31) { nodes { code organization { name shareholdings { nodes { percent } }
      projects { nodes { title budget { min { rials } } agreements { nodes { title } } } }
      agreements(first: 50) { nodes { number parties { organization { name province { nameEn } } } } } } } } }`,
};

async function main() {
  const database = process.env.DATABASE_URL
    ? (name) => ({ kind: 'postgres', url: process.env.DATABASE_URL, schema: `bench_${process.pid}_${name}` })
    : () => ({ kind: 'embedded', dataDir: 'memory', schema: 'public' });
  // The deep query is priced (about 22,000) past a public caller's limit of 5,000 on purpose: it measures how
  // batching holds the statements flat when many rows come back, not what the public may ask.
  const { subgraphs, gateway } = await startInProcessFederation({ database, subgraphTimeoutMs: 10000, limits: { cost: 50_000 } });
  const post = (query) =>
    fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) =>
      r.json(),
    );
  try {
    console.log(
      `Hamyar Graph bench: ${ITERATIONS} sequential requests per query, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}\n`,
    );
    for (const [label, query] of Object.entries(QUERIES)) {
      for (let i = 0; i < 10; i++) await post(query); // warm-up: query plans, JIT
      const before = subgraphs.map((s) => s.database.statements.total);
      const times = [];
      const bar = startProgress(label, ITERATIONS, { unit: 'requests' });
      for (let i = 0; i < ITERATIONS; i++) {
        const start = process.hrtime.bigint();
        const body = await post(query);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        bar.update(i + 1);
      }
      bar.stop();
      times.sort((a, b) => a - b);
      const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      const statements = subgraphs.map((s, i) => `${s.name} ${(s.database.statements.total - before[i]) / ITERATIONS}`).join(', ');
      console.log(
        `${label}\n  latency ms: p50 ${pct(0.5)}, p95 ${pct(0.95)}, p99 ${pct(0.99)}\n  SQL statements per request: ${statements}\n`,
      );
    }
  } finally {
    await gateway.stop();
    if (process.env.DATABASE_URL)
      for (const s of subgraphs) await s.database.dataSource.query(`DROP SCHEMA IF EXISTS "${s.database.schema}" CASCADE`);
    await Promise.all(subgraphs.map((s) => s.stop()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
