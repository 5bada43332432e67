import cluster from 'node:cluster';
import { runMain } from '@hamyar/shared';
import { loadGatewayConfig } from './config';
import { exposeClusterMetrics, serveClusterMetrics } from './cluster-metrics';
import { startGateway } from './gateway';
import { INTERNAL_SECRET_ENV, newInternalSecret } from './csv-export/internal-requests';

/**
 * Runs the gateway in `GATEWAY_WORKERS` processes behind one port (node:cluster hands connections to the
 * workers), so every core serves. The gateway keeps no state between requests: each worker plans, caches
 * plans and follows the registry on its own. Workers start one after another, so only one at a time runs the
 * registry's start-up (migrations, the first supergraph). A worker that dies is replaced; SIGTERM drains all.
 */
export function runGatewayCluster(): void {
  if (cluster.isWorker) {
    runMain(`gateway worker ${cluster.worker?.id}`, async () => {
      const gateway = await startGateway();
      exposeClusterMetrics(gateway.metrics);
      return gateway;
    });
    return;
  }
  let workers: number;
  try {
    workers = loadGatewayConfig().workers ?? 1;
  } catch (error) {
    // A bad configuration is reported by runMain exactly as a single process would report it.
    runMain('gateway', () => Promise.reject(error));
    return;
  }
  if (workers <= 1) {
    runMain('gateway', () => startGateway());
    return;
  }
  serveClusterMetrics();
  let stopping = false;
  // One secret for every worker: a CSV export's page requests may be answered by any of them.
  const internalSecret = newInternalSecret();
  const fork = () =>
    new Promise<void>((resolve) => {
      const worker = cluster.fork({ [INTERNAL_SECRET_ENV]: internalSecret });
      worker.once('listening', () => resolve());
      worker.once('exit', () => resolve());
    });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`[gateway] worker ${worker.id} exited (${signal ?? code}); starting another`);
    void fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`gateway draining ${Object.keys(cluster.workers ?? {}).length} workers after ${signal}`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  void (async () => {
    for (let i = 0; i < workers; i++) await fork();
    console.log(`gateway serving from ${workers} worker processes`);
  })();
}
