'use strict';
// The bench's results as markdown: one table per mode and workload, and ours-to-each ratios taken within
// each round (the machine is shared, so only same-round comparisons mean anything), with their median.

const fmt = (n, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toFixed(digits));
const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function renderMarkdown(results, { GATEWAY_LABELS, WORKLOADS }) {
  const { settings, rows } = results;
  const out = [];
  out.push(`# Gateway bench, ${results.startedAt}`);
  out.push('');
  out.push(
    `${results.machine.cpus} CPUs, Node ${results.machine.node}; subgraphs on Postgres; autocannon in-process, ${settings.connections} connections, ` +
      `${settings.durationSeconds} s per run after ${settings.warmupSeconds} s warm-up, ${settings.rounds} round(s), gateways interleaved; ` +
      `our gateway with ${settings.ourWorkers} worker process(es). Latencies in ms; RSS is the gateway's peak (all its processes) during the run; ` +
      `CPU is milliseconds of CPU per client request (utime + stime from /proc).`,
  );
  out.push('');
  if (results.sameAnswers) {
    const { compared, mismatches } = results.sameAnswers;
    out.push(
      `**Same data from every gateway**: ${compared} request bodies compared, ${mismatches.length ? `${mismatches.length} mismatches` : 'all identical'}.`,
    );
    for (const m of mismatches.slice(0, 10)) out.push(`- ${GATEWAY_LABELS[m.gateway]} ${m.workload}: ${m.problem}`);
    out.push('');
  }
  if (results.overhead) {
    out.push('## Gateway overhead (single-subgraph query, one connection, p50: through ours minus straight to the subgraph)');
    out.push('');
    out.push('| round | straight p50 | through ours p50 | overhead |');
    out.push('|---|---|---|---|');
    for (const r of results.overhead)
      out.push(`| ${r.round + 1} | ${fmt(r.directP50, 2)} | ${fmt(r.gatewayP50, 2)} | ${fmt(r.overheadP50, 2)} |`);
    out.push(`| median | | | **${fmt(median(results.overhead.map((r) => r.overheadP50)), 2)} ms** |`);
    out.push('');
  }
  for (const mode of settings.modes) {
    out.push(
      `## ${mode === 'end-to-end' ? 'End-to-end (real subgraphs on Postgres)' : 'Gateway-isolated (stand-ins replaying recorded subgraph answers)'}`,
    );
    out.push('');
    for (const workload of settings.workloads) {
      for (const variant of settings.variants) {
        const these = rows.filter((r) => r.mode === mode && r.workload === workload && r.variant === variant);
        if (!these.length) continue;
        out.push(`### ${WORKLOADS[workload].label}, ${variant === 'identical' ? 'identical requests' : 'varied provinces'}`);
        out.push('');
        out.push(
          '| round | gateway | req/s | p50 | p95 | p99 | errors | peak RSS MB | subgraph req per req | gateway CPU ms/req | subgraphs CPU ms/req | Postgres CPU ms/req |',
        );
        out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
        for (const r of these) {
          out.push(
            `| ${r.round + 1} | ${GATEWAY_LABELS[r.gateway]} | ${fmt(r.requestsPerSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${fmt(r.peakRssMb, 0)} | ${fmt(r.subgraphRequestsPerClientRequest, 2)} | ${fmt(r.gatewayCpuMsPerRequest, 2)} | ${fmt(r.subgraphCpuMsPerRequest, 2)} | ${fmt(r.postgresCpuMsPerRequest, 2)} |`,
          );
        }
        const ratios = ratiosOf(these, settings.rounds);
        if (ratios.length) {
          out.push('');
          out.push(
            ratios
              .map(
                (r) =>
                  `ours / ${GATEWAY_LABELS[r.other]}: gateway CPU per request ${r.cpuPerRound.map((x) => `${fmt(x, 2)}x`).join(', ')}; req/s ${r.perRound.map((x) => `${fmt(x, 2)}x`).join(', ')} (median **${fmt(r.median, 2)}x**); p99 ${r.p99PerRound.map((x) => `${fmt(x, 2)}x`).join(', ')}`,
              )
              .join('  \n'),
          );
        }
        out.push('');
      }
    }
  }
  if (results.soak) {
    const { trend, samples } = results.soak;
    out.push(`## Soak: ours, README query, varied provinces, ${settings.soakSeconds} s after ${settings.soakWarmupSeconds} s of warm-up`);
    out.push('');
    out.push(`${fmt(results.soak.requestsPerSecond, 0)} req/s, ${results.soak.errors} errors.`);
    out.push('');
    out.push('| gateway RSS MB: first | last | min | max | slope overall | slope, second half |');
    out.push('|---|---|---|---|---|---|');
    out.push(
      `| ${fmt(trend.firstMb)} | ${fmt(trend.lastMb)} | ${fmt(trend.minMb)} | ${fmt(trend.maxMb)} | ${fmt(trend.slopeMbPerMinute, 2)} MB/min | ${fmt(trend.secondHalfSlopeMbPerMinute, 2)} MB/min |`,
    );
    out.push('');
    if (trend.minuteFloorsMb?.length)
      out.push(
        `Lowest RSS of each minute (MB; what the heap comes back to after a collection): ${trend.minuteFloorsMb.map((mb) => fmt(mb, 0)).join(', ')}`,
      );
    out.push('');
    out.push(`Samples (s: MB): ${samples.map((s) => `${fmt(s.atSeconds, 0)}: ${fmt(s.rssMb, 0)}`).join(', ')}`);
    out.push('');
  }
  if (results.unrecordedRequests)
    out.push(`**Warning**: ${results.unrecordedRequests} subgraph requests in the isolated mode had no recorded answer.`);
  return out.join('\n');
}

/** Per round, ours' requests/s over each other gateway's (and p99 ours over theirs: below 1 is better). */
function ratiosOf(rows, rounds) {
  const others = [...new Set(rows.map((r) => r.gateway))].filter((g) => g !== 'ours');
  const result = [];
  for (const other of others) {
    const perRound = [];
    const p99PerRound = [];
    const cpuPerRound = [];
    for (let round = 0; round < rounds; round++) {
      const ours = rows.find((r) => r.round === round && r.gateway === 'ours');
      const theirs = rows.find((r) => r.round === round && r.gateway === other);
      if (!ours || !theirs) continue;
      perRound.push(ours.requestsPerSecond / theirs.requestsPerSecond);
      p99PerRound.push(ours.p99 / theirs.p99);
      cpuPerRound.push(ours.gatewayCpuMsPerRequest / theirs.gatewayCpuMsPerRequest);
    }
    if (perRound.length) result.push({ other, perRound, p99PerRound, cpuPerRound, median: median(perRound) });
  }
  return result;
}

module.exports = { renderMarkdown, ratiosOf, median };
