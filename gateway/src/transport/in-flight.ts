/**
 * Identical work asked for while the same work is already under way joins it instead of starting again: the
 * first caller's promise is shared until it settles, then forgotten (nothing is cached after an answer).
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();
  /** Calls that joined work already under way, for the benchmark's figures and tests. */
  joined = 0;

  run(key: string, work: () => Promise<T>): Promise<T> {
    const existing = this.running.get(key);
    if (existing) {
      this.joined++;
      return existing;
    }
    const started = work().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  get size(): number {
    return this.running.size;
  }
}
