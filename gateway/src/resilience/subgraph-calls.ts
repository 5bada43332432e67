import { performance } from 'node:perf_hooks';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { REQUEST_ID_HEADER, type Logger, type ServiceMetrics, type Tracing } from '@hamyar/shared';
import { GraphQLError } from 'graphql';
import { DEFAULT_SUBGRAPH_CALLS, SubgraphCallPolicies, type BreakerState, type SubgraphCallSettings } from './subgraph-call-policy';

const BREAKER_STATE_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Each subgraph call of one client request, in order, for its log line. */
export interface SubgraphTiming {
  readonly subgraph: string;
  readonly ms: number;
  readonly outcome: string;
}

/**
 * Everything the gateway does around a call to a subgraph, in one place so the data source stays small: the
 * subgraph's breaker and retries, the request ID and trace context passed on, and the call's timing in the
 * metrics and in the client request's log line.
 */
export class SubgraphCalls {
  readonly policies: SubgraphCallPolicies;
  private readonly timings = new WeakMap<object, SubgraphTiming[]>();
  private readonly duration;
  private readonly retries;

  constructor(
    metrics: ServiceMetrics,
    log: Logger,
    private readonly tracing?: Tracing,
    settings: SubgraphCallSettings = DEFAULT_SUBGRAPH_CALLS,
  ) {
    this.duration = metrics.histogram(
      'hamyar_subgraph_request_duration_seconds',
      'Calls from the gateway to subgraphs, by subgraph and outcome',
      ['subgraph', 'outcome'],
    );
    this.retries = metrics.counter('hamyar_subgraph_retries_total', 'Query calls to a subgraph retried after a failure', ['subgraph']);
    const breaker = metrics.gauge(
      'hamyar_subgraph_breaker_state',
      'Circuit breaker of each subgraph: 0 closed, 1 half-open, 2 open',
      ['subgraph'],
      (gauge) => {
        for (const [subgraph, state] of Object.entries(this.policies.states())) gauge.set({ subgraph }, BREAKER_STATE_VALUE[state]);
      },
      'max',
    );
    this.policies = new SubgraphCallPolicies(settings, {
      onStateChange: (subgraph, state) => {
        breaker.set({ subgraph }, BREAKER_STATE_VALUE[state]);
        log[state === 'open' ? 'warn' : 'info']({ subgraph, breaker: state }, `subgraph ${subgraph}: breaker ${state}`);
      },
      onRetry: (subgraph, attempt, delayMs) => {
        this.retries.inc({ subgraph });
        log.debug({ subgraph, attempt, delayMs: Math.round(delayMs) }, 'retrying subgraph call');
      },
    });
  }

  async run(
    subgraph: string,
    options: GraphQLDataSourceProcessOptions,
    send: () => Promise<GatewayGraphQLResponse>,
  ): Promise<GatewayGraphQLResponse> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return send();
    const incoming = options.incomingRequestContext;
    // RemoteGraphQLDataSource.process copies the headers of `request.http` into the call it sends.
    const request = options.request as { http?: { method: string; url: string; headers: Headers } };
    request.http ??= { method: 'POST', url: '', headers: new Headers() };
    const requestId = incoming.request.http?.headers.get(REQUEST_ID_HEADER);
    if (requestId) request.http.headers.set(REQUEST_ID_HEADER, requestId);
    this.tracing?.inject(request.http.headers);
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await this.policies.for(subgraph).call(incoming.operation?.operation ?? 'query', send);
    } catch (error) {
      outcome = error instanceof GraphQLError ? String(error.extensions.code ?? 'error') : 'error';
      throw error;
    } finally {
      const ms = performance.now() - started;
      this.duration.observe({ subgraph, outcome }, ms / 1000);
      const context = incoming.context as object;
      let list = this.timings.get(context);
      if (!list) this.timings.set(context, (list = []));
      list.push({ subgraph, ms: Math.round(ms * 10) / 10, outcome });
    }
  }

  /** The subgraph calls a client request made so far (its context object is the key). */
  timingsOf(context: object): readonly SubgraphTiming[] | undefined {
    return this.timings.get(context);
  }
}
