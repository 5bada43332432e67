/**
 * A retry budget (as in Finagle and Envoy): retries may add at most `ratio` of the calls made, plus a small
 * burst, so when a subgraph is failing, retries cannot multiply the load on it. Every call deposits `ratio`
 * of a token; every retry spends a whole one.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly ratio: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  /** A call was made (its first attempt). */
  deposit(): void {
    this.tokens = Math.min(this.burst, this.tokens + this.ratio);
  }

  /** Takes the token a retry costs; false when the budget is spent and the call must not be retried. */
  trySpend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
