#!/usr/bin/env node
// `npm run bench`: our gateway against stock @apollo/gateway and Hive Gateway, in one run on this machine,
// against the same subgraphs (on Postgres with the synthetic volume), the same queries and the same load
// generator (autocannon, in this process). Two modes, labelled: end-to-end (the real subgraphs) and
// gateway-isolated (fast stand-ins replaying the real subgraphs' recorded answers). Gateways are measured
// interleaved, round after round, and ratios are taken within a round. It checks that all gateways return the
// same data, then prints and writes bench/results/bench-<time>.{md,json}. Settings: see SETTINGS below.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const {
  CORE_SUBGRAPHS,
  PUBLIC_READER,
  IDENTITY_HEADER,
  GATEWAY_JWKS_PATH,
  gatewayNodeOptions,
  ForwardedIdentitySigner,
  SigningKeySet,
  generateSigningKeySet,
} = require('../shared/dist');
const { ROOT, startProcess, stopProcess, waitUntil } = require('../bench/lib/processes');
const { runLoad } = require('../bench/lib/load');
const { cpuMs, rssMb, rssPeaks, rssTrend } = require('../bench/lib/proc-stats');
const { WORKLOADS, bodiesFor } = require('../bench/lib/workloads');
const { renderMarkdown } = require('../bench/lib/report');
const { ensureBenchDatabase, postgresBackendPids } = require('../bench/lib/bench-database');
const { startProgress } = require('./progress');

const list = (name, fallback) =>
  (process.env[name] || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const SETTINGS = {
  databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/bench',
  /** Synthetic volume seeded when the bench database does not exist yet. */
  syntheticProjects: Number(process.env.BENCH_PROJECTS || 300_000),
  syntheticAgreements: Number(process.env.BENCH_AGREEMENTS || 30_000),
  portBase: Number(process.env.BENCH_PORT_BASE || 5600),
  durationSeconds: Number(process.env.BENCH_DURATION || 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP || 3),
  connections: Number(process.env.BENCH_CONNECTIONS || 16),
  rounds: Number(process.env.BENCH_ROUNDS || 1),
  modes: list('BENCH_MODES', 'end-to-end,gateway-isolated'),
  workloads: list('BENCH_WORKLOADS', 'single,readme,deep'),
  variants: list('BENCH_VARIANTS', 'identical,varied'),
  gateways: list('BENCH_GATEWAYS', 'ours,stock,hive'),
  /** Our gateway's worker processes (GATEWAY_WORKERS); 1 runs it in one process. */
  ourWorkers: process.env.BENCH_OUR_WORKERS || '1',
  overheadSeconds: Number(process.env.BENCH_OVERHEAD_SECONDS ?? 10),
  overheadRounds: Number(process.env.BENCH_OVERHEAD_ROUNDS || 3),
  soakSeconds: Number(process.env.BENCH_SOAK_SECONDS || 0),
  /** How often the soak samples our gateway's RSS, and how long it loads the gateway before the first sample. */
  soakSampleSeconds: Number(process.env.BENCH_SOAK_SAMPLE_SECONDS || 5),
  soakWarmupSeconds: Number(process.env.BENCH_SOAK_WARMUP ?? 30),
  cpuProfileDir: process.env.BENCH_CPU_PROF_DIR || '',
};

const GATEWAY_LABELS = { ours: 'ours', stock: 'stock @apollo/gateway', hive: 'Hive Gateway' };
const port = (offset) => SETTINGS.portBase + offset;
const SUBGRAPH_PORTS = Object.fromEntries(CORE_SUBGRAPHS.map((s, i) => [s.name, port(1 + i)]));
const PROXY_PORTS = Object.fromEntries(CORE_SUBGRAPHS.map((s, i) => [s.name, port(21 + i)]));
const REPLAY_PORTS = Object.fromEntries(CORE_SUBGRAPHS.map((s, i) => [s.name, port(31 + i)]));
const GATEWAY_PORTS = { ours: port(10), stock: port(11), hive: port(12) };
const JWKS_PORT = port(40);
// One key set for every gateway: each signs the identity it forwards per subgraph, as ours does, and the
// subgraphs verify it against the public keys this process serves (a gateway's JWKS, for all three).
const signingKeys = generateSigningKeySet();
const signer = new ForwardedIdentitySigner(SigningKeySet.from(signingKeys, 'bench'));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-bench-'));
const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const running = new Set();
let jwksServer;
async function start(name, script, args, env) {
  const child = startProcess(name, script, args, env);
  running.add(child);
  return child;
}
async function stop(child) {
  running.delete(child);
  await stopProcess(child);
}

/** With BENCH_CPU_PROF_DIR, each process writes a V8 CPU profile there when it stops (`node --cpu-prof`). */
function cpuProfileArgs(name) {
  if (!SETTINGS.cpuProfileDir) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${path.resolve(SETTINGS.cpuProfileDir)}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`];
}

/** The committed supergraph with its routing URLs pointing at the given ports, for every gateway alike. */
function supergraphFile(label, ports) {
  let sdl = fs.readFileSync(path.join(ROOT, 'supergraph.graphql'), 'utf8');
  for (const [name, p] of Object.entries(ports)) {
    sdl = sdl.replace(new RegExp(`(name: "${name}", url: ")[^"]+(")`), `$1http://127.0.0.1:${p}/graphql$2`);
  }
  const file = path.join(workDir, `supergraph-${label}.graphql`);
  fs.writeFileSync(file, sdl);
  return file;
}

async function startSubgraphs() {
  const env = {
    DATABASE_URL: SETTINGS.databaseUrl,
    HOST: '127.0.0.1',
    GATEWAY_JWKS_URL: `http://127.0.0.1:${JWKS_PORT}${GATEWAY_JWKS_PATH}`,
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORTS.ours}/graphql`,
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(CORE_SUBGRAPHS.map((s) => [s.portEnv, String(SUBGRAPH_PORTS[s.name])])),
  };
  const subgraphs = {};
  for (const { name } of CORE_SUBGRAPHS) {
    subgraphs[name] = startProcess(`${name} subgraph`, path.join(ROOT, 'bench/processes/counted-subgraph.js'), [name], env, {
      execArgv: cpuProfileArgs(name),
    });
    running.add(subgraphs[name]);
  }
  for (const [name, child] of Object.entries(subgraphs)) {
    await waitUntil(child, async () => (await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS[name]}/health/ready`)).ok);
  }
  return subgraphs;
}

async function startGateways(supergraph, ports) {
  const gateways = {};
  const prof = cpuProfileArgs;
  for (const name of SETTINGS.gateways) {
    const env = { PORT: String(GATEWAY_PORTS[name]), SUPERGRAPH_PATH: supergraph, GATEWAY_SIGNING_KEYS: JSON.stringify(signingKeys) };
    let script;
    if (name === 'ours') {
      script = path.join(ROOT, 'gateway/dist/main.js');
      Object.assign(env, {
        GATEWAY_PORT: String(GATEWAY_PORTS.ours),
        HOST: '127.0.0.1',
        REGISTRY: 'false',
        // The load generator is one address sending thousands of requests a second: the per-IP limit (on by
        // default) would answer most with 429. The other gateways have no limits; neither does ours here.
        RATE_LIMIT: 'false',
        GATEWAY_WORKERS: SETTINGS.ourWorkers,
        // As every launcher of ours runs it (its young generation's size); the other gateways as they ship.
        NODE_OPTIONS: gatewayNodeOptions(process.env.NODE_OPTIONS),
        ...Object.fromEntries(CORE_SUBGRAPHS.map((s) => [s.urlEnv, `http://127.0.0.1:${ports[s.name]}/graphql`])),
      });
    } else {
      script = path.join(ROOT, `bench/processes/${name === 'stock' ? 'stock-apollo-gateway' : 'hive-gateway'}.js`);
    }
    const child = startProcess(GATEWAY_LABELS[name], script, [], env, { execArgv: prof(name) });
    running.add(child);
    gateways[name] = child;
  }
  for (const [name, child] of Object.entries(gateways)) {
    await waitUntil(child, async () => {
      const body = await post(name, bodiesFor('single', 'identical')[0]);
      return body && body.data && body.data.province;
    });
  }
  return gateways;
}

/** What a client sends: the public reader sends no token; every gateway signs the identity it forwards. */
function clientHeaders() {
  return {};
}

async function post(gateway, body) {
  const response = await fetch(`http://127.0.0.1:${GATEWAY_PORTS[gateway]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...clientHeaders(gateway) },
    body,
  });
  return response.json();
}

/** Every gateway must give the same data for every request body of every workload. */
async function checkSameAnswers() {
  const mismatches = [];
  let compared = 0;
  for (const workload of SETTINGS.workloads) {
    for (const body of bodiesFor(workload, 'varied')) {
      const answers = {};
      for (const gateway of SETTINGS.gateways) answers[gateway] = await post(gateway, body);
      const reference = JSON.stringify(answers[SETTINGS.gateways[0]].data ?? null);
      for (const gateway of SETTINGS.gateways) {
        const { data, errors } = answers[gateway];
        if (errors) mismatches.push({ workload, gateway, body, problem: `errors: ${JSON.stringify(errors).slice(0, 300)}` });
        else if (JSON.stringify(data ?? null) !== reference) mismatches.push({ workload, gateway, body, problem: 'data differs' });
      }
      compared++;
    }
  }
  return { compared, mismatches };
}

async function subgraphRequestCount(counters) {
  let total = 0;
  for (const child of counters) total += (await child.ask({ type: 'count' }, 'count')).value;
  return total;
}

/** Every load run of the comparison, for one bar with ETA across modes and rounds. */
let measurements;
async function measure({ mode, gateways, counters, round }) {
  const steps = SETTINGS.modes.length * SETTINGS.rounds * SETTINGS.workloads.length * SETTINGS.variants.length * SETTINGS.gateways.length;
  measurements ??= { bar: startProgress('bench load runs', steps, { unit: 'runs' }), done: 0 };
  const rows = [];
  for (const workload of SETTINGS.workloads) {
    for (const variant of SETTINGS.variants) {
      const bodies = bodiesFor(workload, variant);
      // Rotate who goes first each round, so no gateway always runs on a machine just warmed by another.
      const order = SETTINGS.gateways.map((_, i) => SETTINGS.gateways[(i + round) % SETTINGS.gateways.length]);
      for (const gateway of order) {
        const url = `http://127.0.0.1:${GATEWAY_PORTS[gateway]}/graphql`;
        const headers = clientHeaders(gateway);
        if (SETTINGS.warmupSeconds > 0)
          await runLoad({ url, bodies, headers, connections: SETTINGS.connections, durationSeconds: SETTINGS.warmupSeconds });
        const pid = gateways[gateway].pid;
        const subgraphPids = counters.map((c) => c.pid);
        // The Postgres backends serving the bench database (the subgraphs' pooled connections), in end-to-end mode.
        const postgresBefore =
          mode === 'end-to-end' ? new Map((await postgresBackendPids(SETTINGS.databaseUrl)).map((p) => [p, cpuMs(p)])) : null;
        const cpuBefore = [pid, ...subgraphPids].map(cpuMs);
        const subgraphRequestsBefore = await subgraphRequestCount(counters);
        const peaks = rssPeaks([pid]);
        const result = await runLoad({
          url,
          bodies,
          headers,
          connections: SETTINGS.connections,
          durationSeconds: SETTINGS.durationSeconds,
        });
        measurements.bar.update(++measurements.done);
        if (measurements.done === steps) measurements.bar.stop();
        const peak = peaks.stop()[pid];
        const subgraphRequests = (await subgraphRequestCount(counters)) - subgraphRequestsBefore;
        const cpuAfter = [pid, ...subgraphPids].map(cpuMs);
        // Backends alive at the end: what they used since the start (all of it if they started during the run).
        // A backend whose pooled connection closed during the run is not counted: the figure is a lower bound.
        let postgresCpu = 0;
        if (postgresBefore)
          for (const p of await postgresBackendPids(SETTINGS.databaseUrl))
            postgresCpu += Math.max(0, cpuMs(p) - (postgresBefore.get(p) ?? 0));
        const perRequest = (i) => (result.requests ? (cpuAfter[i] - cpuBefore[i]) / result.requests : null);
        const row = {
          mode,
          round,
          workload,
          variant,
          gateway,
          requestsPerSecond: result.requestsPerSecond,
          p50: result.p50,
          p95: result.p95,
          p99: result.p99,
          errors: result.errors,
          requests: result.requests,
          peakRssMb: peak,
          subgraphRequestsPerClientRequest: result.requests ? subgraphRequests / result.requests : null,
          gatewayCpuMsPerRequest: perRequest(0),
          subgraphCpuMsPerRequest: subgraphPids.reduce((sum, _, i) => sum + (perRequest(i + 1) ?? 0), 0),
          postgresCpuMsPerRequest: mode === 'end-to-end' && result.requests ? postgresCpu / result.requests : null,
        };
        rows.push(row);
        log(
          `${mode} round ${round + 1} ${workload}/${variant} ${GATEWAY_LABELS[gateway]}: ${row.requestsPerSecond.toFixed(0)} req/s, ` +
            `p50 ${fmt(row.p50)} p95 ${fmt(row.p95)} p99 ${fmt(row.p99)} ms, ${row.errors} errors, RSS ${row.peakRssMb.toFixed(0)} MB, ` +
            `${fmt(row.subgraphRequestsPerClientRequest, 2)} subgraph req/req, CPU ms/req gateway ${fmt(row.gatewayCpuMsPerRequest, 2)} subgraphs ${fmt(row.subgraphCpuMsPerRequest, 2)} Postgres ${fmt(row.postgresCpuMsPerRequest, 2)}`,
        );
      }
    }
  }
  return rows;
}

const fmt = (n, digits = 1) => (n === null || n === undefined ? '–' : Number(n).toFixed(digits));

/** Records what the real subgraphs answer to every fetch each gateway makes for every workload body. */
async function record(subgraphs) {
  log("recording the real subgraphs' answers for the gateway-isolated mode");
  const proxy = await start('recording proxy', path.join(ROOT, 'bench/processes/recording-proxy.js'), [], {
    PROXY_ROUTES: JSON.stringify(
      Object.fromEntries(
        Object.keys(subgraphs).map((name) => [
          name,
          { port: PROXY_PORTS[name], target: `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/graphql` },
        ]),
      ),
    ),
  });
  await proxy.waitFor('ready');
  const gateways = await startGateways(supergraphFile('record', PROXY_PORTS), PROXY_PORTS);
  for (const workload of SETTINGS.workloads) {
    for (const body of bodiesFor(workload, 'varied')) {
      for (const gateway of SETTINGS.gateways) await post(gateway, body);
    }
  }
  const file = path.join(workDir, 'recordings.json');
  const saved = await proxy.ask({ type: 'save', file }, 'saved');
  log(
    `recorded ${Object.entries(saved.bodies)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')} distinct subgraph requests`,
  );
  for (const child of Object.values(gateways)) await stop(child);
  await stop(proxy);
  return file;
}

/** Gateway overhead: one connection, the single-subgraph query through our gateway and straight to the subgraph. */
async function measureOverhead() {
  const body = bodiesFor('single', 'identical')[0];
  const straight = `http://127.0.0.1:${SUBGRAPH_PORTS.organizations}/graphql`;
  const through = `http://127.0.0.1:${GATEWAY_PORTS.ours}/graphql`;
  const rounds = [];
  for (let round = 0; round < SETTINGS.overheadRounds; round++) {
    // Straight to the subgraph with the identity the gateway would forward to it (signed afresh: it lives a minute).
    const forwarded = await signer.sign(PUBLIC_READER, 'organizations');
    const direct = await runLoad({
      url: straight,
      bodies: [body],
      headers: { [IDENTITY_HEADER]: forwarded },
      connections: 1,
      durationSeconds: SETTINGS.overheadSeconds,
    });
    const gateway = await runLoad({ url: through, bodies: [body], connections: 1, durationSeconds: SETTINGS.overheadSeconds });
    rounds.push({
      round,
      directP50: direct.p50,
      gatewayP50: gateway.p50,
      overheadP50: gateway.p50 - direct.p50,
      directMean: null,
      errors: direct.errors + gateway.errors,
    });
    log(
      `overhead round ${round + 1}: p50 straight ${fmt(direct.p50, 2)} ms, through ours ${fmt(gateway.p50, 2)} ms → ${fmt(gateway.p50 - direct.p50, 2)} ms`,
    );
  }
  return rounds;
}

/**
 * Our gateway's RSS across a long run of the README query at constant load, after its own warm-up (so a soak
 * run alone starts from a warm gateway too: its plan and document caches filled, its heap grown to its working
 * size): sampled as the measured load starts, then every BENCH_SOAK_SAMPLE_SECONDS, summed up as first, last,
 * max and the trend (see rssTrend).
 */
async function soak(gateways) {
  const url = `http://127.0.0.1:${GATEWAY_PORTS.ours}/graphql`;
  const pid = gateways.ours.pid;
  const bodies = bodiesFor('readme', 'varied');
  if (SETTINGS.soakWarmupSeconds > 0)
    await runLoad({ url, bodies, connections: SETTINGS.connections, durationSeconds: SETTINGS.soakWarmupSeconds });
  const samples = [];
  const started = Date.now();
  const sample = () => samples.push({ atSeconds: (Date.now() - started) / 1000, rssMb: rssMb(pid) });
  const timer = setInterval(sample, SETTINGS.soakSampleSeconds * 1000);
  log(
    `soak: ours, README query varied, ${SETTINGS.connections} connections for ${SETTINGS.soakSeconds} s after ${SETTINGS.soakWarmupSeconds} s, RSS every ${SETTINGS.soakSampleSeconds} s`,
  );
  const load = runLoad({ url, bodies, connections: SETTINGS.connections, durationSeconds: SETTINGS.soakSeconds });
  sample();
  const result = await load;
  clearInterval(timer);
  sample();
  const trend = rssTrend(samples);
  log(
    `soak RSS MB: first ${fmt(trend.firstMb)}, last ${fmt(trend.lastMb)}, max ${fmt(trend.maxMb)}, min ${fmt(trend.minMb)}; ` +
      `slope ${fmt(trend.slopeMbPerMinute, 2)} MB/min overall, ${fmt(trend.secondHalfSlopeMbPerMinute, 2)} MB/min over the second half; ` +
      `lowest of each minute ${trend.minuteFloorsMb.map((mb) => fmt(mb, 0)).join(', ')}`,
  );
  return { requestsPerSecond: result.requestsPerSecond, errors: result.errors, trend, samples };
}

async function main() {
  const started = new Date();
  log(`settings ${JSON.stringify(SETTINGS)}`);
  await ensureBenchDatabase(SETTINGS, log);
  const publicKeys = JSON.stringify(SigningKeySet.from(signingKeys, 'bench').publicJwks());
  jwksServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(publicKeys));
  await new Promise((resolve) => jwksServer.listen(JWKS_PORT, '127.0.0.1', resolve));
  const subgraphs = await startSubgraphs();
  const counters = Object.values(subgraphs);
  log(`subgraphs ready on Postgres (${SETTINGS.databaseUrl.replace(/\/\/[^@]*@/, '//')})`);
  const results = {
    settings: SETTINGS,
    startedAt: started.toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    rows: [],
  };
  try {
    if (SETTINGS.modes.includes('end-to-end')) {
      const gateways = await startGateways(supergraphFile('end-to-end', SUBGRAPH_PORTS), SUBGRAPH_PORTS);
      log('checking that every gateway returns the same data');
      results.sameAnswers = await checkSameAnswers();
      log(
        `compared ${results.sameAnswers.compared} requests: ${results.sameAnswers.mismatches.length ? `${results.sameAnswers.mismatches.length} MISMATCHES` : 'identical data from every gateway'}`,
      );
      for (const m of results.sameAnswers.mismatches.slice(0, 5)) log(`  ${m.gateway} ${m.workload}: ${m.problem}`);
      if (SETTINGS.overheadSeconds > 0 && SETTINGS.gateways.includes('ours')) results.overhead = await measureOverhead();
      for (let round = 0; round < SETTINGS.rounds; round++)
        results.rows.push(...(await measure({ mode: 'end-to-end', gateways, counters, round })));
      if (SETTINGS.soakSeconds > 0 && SETTINGS.gateways.includes('ours')) results.soak = await soak(gateways);
      for (const child of Object.values(gateways)) await stop(child);
    }
    if (SETTINGS.modes.includes('gateway-isolated')) {
      const recordings = await record(subgraphs);
      const replay = await start('replaying stand-ins', path.join(ROOT, 'bench/processes/replay-subgraphs.js'), [], {
        REPLAY_PORTS: JSON.stringify(REPLAY_PORTS),
      });
      await replay.waitFor('ready');
      await replay.ask({ type: 'load', file: recordings }, 'loaded');
      const gateways = await startGateways(supergraphFile('isolated', REPLAY_PORTS), REPLAY_PORTS);
      for (let round = 0; round < SETTINGS.rounds; round++)
        results.rows.push(...(await measure({ mode: 'gateway-isolated', gateways, counters: [replay], round })));
      const { unknown } = await replay.ask({ type: 'count' }, 'count');
      results.unrecordedRequests = unknown;
      if (unknown) log(`WARNING: ${unknown} subgraph requests had no recorded answer (counted as errors above)`);
      for (const child of Object.values(gateways)) await stop(child);
      await stop(replay);
    }
  } finally {
    for (const child of [...running]) await stop(child);
    jwksServer.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const markdown = renderMarkdown(results, { GATEWAY_LABELS, WORKLOADS });
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  fs.writeFileSync(path.join(dir, `bench-${stamp}.json`), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(dir, `bench-${stamp}.md`), markdown);
  console.log(`\n${markdown}`);
  log(`written bench/results/bench-${stamp}.md and .json`);
}

main().catch(async (error) => {
  console.error(error);
  for (const child of [...running]) await stopProcess(child);
  process.exit(1);
});
