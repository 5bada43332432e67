'use strict';
// One load run with autocannon, in this process: a fixed number of connections for a fixed time, each request
// with a body picked from `bodies` at random (one body: identical requests). Latencies are kept per request
// so any percentile can be read.
const autocannon = require('autocannon');

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function runLoad({ url, bodies, headers = {}, connections, durationSeconds }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: durationSeconds,
        timeout: 30,
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (request) => ({ ...request, body: bodies[Math.floor(Math.random() * bodies.length)] }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        latencies.sort((a, b) => a - b);
        const ok = result['2xx'];
        resolve({
          requests: ok + result.non2xx,
          ok,
          requestsPerSecond: ok / seconds,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          errors: result.non2xx + result.errors + result.timeouts,
          seconds,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

module.exports = { runLoad, percentile };
