import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { ServiceMetrics } from '@hamyar/shared';

/**
 * One /metrics for a gateway served by several cluster workers. A scrape reaches whichever worker the
 * cluster hands the connection to; alone, that worker would report its share of the requests, and every
 * scrape a different share. So a worker asks the primary, which collects every worker's registry over IPC
 * (prom-client's AggregatorRegistry: counters and histograms summed, gauges by their aggregator) and answers.
 */
const REQUEST = 'hamyar:cluster-metrics-request';
const ANSWER = 'hamyar:cluster-metrics-answer';
const TIMEOUT_MS = 5_000;

interface MetricsRequest {
  readonly type: typeof REQUEST;
  readonly id: number;
}
interface MetricsAnswer {
  readonly type: typeof ANSWER;
  readonly id: number;
  readonly body?: string;
  readonly error?: string;
}

/** In the primary: answers every worker's request with the sum of all workers' metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, REQUEST)) return;
    aggregator.clusterMetrics().then(
      (body) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, body } satisfies MetricsAnswer),
      (error: Error) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, error: error.message } satisfies MetricsAnswer),
    );
  });
}

/** In a worker: its registry is what the primary collects, and its /metrics serves the primary's sum. */
export function exposeClusterMetrics(metrics: ServiceMetrics): void {
  AggregatorRegistry.setRegistries([metrics.registry]);
  // Constructing one is what makes prom-client answer the primary's collection requests in this worker.
  new AggregatorRegistry();
  let next = 0;
  metrics.exposeAggregated(
    () =>
      new Promise<string>((resolve, reject) => {
        const id = next++;
        const onMessage = (message: unknown) => {
          if (!isMessage<MetricsAnswer>(message, ANSWER) || message.id !== id) return;
          settle();
          if (message.body !== undefined) resolve(message.body);
          else reject(new Error(`the cluster's metrics could not be collected: ${message.error}`));
        };
        const timer = setTimeout(() => {
          settle();
          reject(new Error(`the cluster's metrics did not come within ${TIMEOUT_MS} ms`));
        }, TIMEOUT_MS);
        const settle = () => {
          clearTimeout(timer);
          process.off('message', onMessage);
        };
        process.on('message', onMessage);
        process.send!({ type: REQUEST, id } satisfies MetricsRequest);
      }),
  );
}

function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
