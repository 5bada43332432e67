import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Labels a client chooses (operation names, error codes) are bounded: a name of a sane shape is kept until
 * `max` distinct ones were seen, after that (and for anything else) it counts as "other", so no client can
 * grow the metrics without end.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string | null | undefined, fallback = 'anonymous'): string {
    if (!value) return fallback;
    if (this.seen.has(value)) return value;
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value) || this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}

/**
 * One service's Prometheus metrics (prom-client), in a registry of its own so several services in one
 * process (tests) keep theirs apart. The process's own (event-loop lag, heap, CPU) come with it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly operationNames = new BoundedLabel(200);
  readonly errorCodes = new BoundedLabel(50);

  readonly requestDuration = new Histogram({
    name: 'hamyar_graphql_request_duration_seconds',
    help: 'GraphQL requests served, by operation name and type, and how long they took',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'hamyar_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /**
   * `aggregator` says how processes of one service (a gateway's cluster workers) combine into one figure:
   * sums for counts of things, `max` for a state where the worst worker's is the one to see.
   */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect?: (gauge: Gauge<L>) => void | Promise<void>,
    aggregator: 'sum' | 'max' | 'min' | 'average' = 'sum',
  ): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      aggregator,
      registers: [this.registry],
      ...(collect
        ? {
            collect(this: Gauge<L>) {
              return collect(this);
            },
          }
        : {}),
    });
  }

  histogram<L extends string>(name: string, help: string, labelNames: readonly L[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  }

  /** The text Prometheus scrapes from /metrics. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await (this.aggregated ?? (() => this.registry.metrics()))() };
  }

  private aggregated?: () => Promise<string>;

  /**
   * Serves, from now on, what `source` gives instead of this process's own figures: a cluster worker's /metrics
   * answers for all of its service's workers (the primary sums them), whichever worker the scrape reaches.
   */
  exposeAggregated(source: () => Promise<string>): void {
    this.aggregated = source;
  }
}
