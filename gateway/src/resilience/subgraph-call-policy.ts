import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
  type RetryPolicy,
} from 'cockatiel';
import { RetryBudget } from './retry-budget';
import { SubgraphCircuitOpenError, isRetryableFailure, isSubgraphFailure } from './subgraph-call-errors';

/** How the gateway calls a subgraph when it misbehaves. Defaults in DEFAULT_SUBGRAPH_CALLS. */
export interface SubgraphCallSettings {
  /** Retries of a query after a failure that never reached the subgraph (mutations are never retried). */
  readonly retries: number;
  /** Retries may add at most this share of the calls made (0.2: one retry per five calls), plus a burst of 10. */
  readonly retryBudgetRatio: number;
  /** Failures in a row that open the subgraph's breaker. */
  readonly breakerFailures: number;
  /** How long an open breaker fails fast before it lets one call through to probe the subgraph. */
  readonly breakerResetMs: number;
}

export const DEFAULT_SUBGRAPH_CALLS: SubgraphCallSettings = {
  retries: 2,
  retryBudgetRatio: 0.2,
  breakerFailures: 5,
  breakerResetMs: 5_000,
};

const RETRY_BURST = 10;

export type BreakerState = 'closed' | 'open' | 'half-open';

const STATE_NAMES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/** What the policy reports as it works: the gateway's log and metrics listen. */
export interface SubgraphCallEvents {
  onStateChange?(subgraph: string, state: BreakerState): void;
  onRetry?(subgraph: string, attempt: number, delayMs: number): void;
}

/**
 * One subgraph's circuit breaker and retry policy (cockatiel). A query goes through retry → breaker →
 * call; a mutation through breaker → call only, since repeating a write the subgraph may have applied could
 * apply it twice. The breaker opens after `breakerFailures` failures in a row and then fails calls at once
 * (SUBGRAPH_UNAVAILABLE, circuit "open") for `breakerResetMs`; the next call after that is the probe
 * (half-open): its success closes the breaker, its failure opens it again.
 */
class SubgraphCallPolicy {
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retry: RetryPolicy;
  private readonly budget: RetryBudget;
  private openedAt = 0;

  constructor(
    readonly subgraph: string,
    private readonly settings: SubgraphCallSettings = DEFAULT_SUBGRAPH_CALLS,
    events: SubgraphCallEvents = {},
  ) {
    this.budget = new RetryBudget(settings.retryBudgetRatio, RETRY_BURST);
    this.breaker = circuitBreaker(handleWhen(isSubgraphFailure), {
      halfOpenAfter: settings.breakerResetMs,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.breaker.onBreak(() => {
      this.openedAt = Date.now();
    });
    this.breaker.onStateChange((state) => events.onStateChange?.(subgraph, STATE_NAMES[state]));
    this.retry = retry(
      handleWhen((error) => isRetryableFailure(error) && this.budget.trySpend()),
      { maxAttempts: settings.retries, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1_000 }) },
    );
    this.retry.onRetry(({ attempt, delay }) => events.onRetry?.(subgraph, attempt, delay));
  }

  get state(): BreakerState {
    return STATE_NAMES[this.breaker.state];
  }

  async call<T>(operation: 'query' | 'mutation' | 'subscription', send: () => Promise<T>): Promise<T> {
    const guarded = () => this.throughBreaker(send);
    if (operation === 'mutation' || this.settings.retries === 0) return guarded();
    this.budget.deposit();
    return this.retry.execute(guarded);
  }

  private async throughBreaker<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await this.breaker.execute(send);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw new SubgraphCircuitOpenError(this.subgraph, this.openedAt + this.settings.breakerResetMs - Date.now());
      }
      throw error;
    }
  }
}

/** The gateway's policies, one per subgraph name, kept across supergraph updates (which rebuild data sources). */
export class SubgraphCallPolicies {
  private readonly policies = new Map<string, SubgraphCallPolicy>();

  constructor(
    private readonly settings: SubgraphCallSettings = DEFAULT_SUBGRAPH_CALLS,
    private readonly events: SubgraphCallEvents = {},
  ) {}

  for(subgraph: string): SubgraphCallPolicy {
    let policy = this.policies.get(subgraph);
    if (!policy) {
      policy = new SubgraphCallPolicy(subgraph, this.settings, this.events);
      this.policies.set(subgraph, policy);
    }
    return policy;
  }

  /** Each subgraph called so far and its breaker's state, for /health/ready. */
  states(): Record<string, BreakerState> {
    return Object.fromEntries([...this.policies].map(([name, policy]) => [name, policy.state]));
  }
}
