import { sha256Hex } from './manifest';

/** Where the registered operations come from: the registry's table, or a manifest file when there is no registry. */
export interface SafelistSource {
  load(): Promise<ReadonlyMap<string, string>>;
}

/**
 * The operations the gateway runs in safelist mode, by SHA-256: loaded at start, reloaded every poll and right
 * after a registration through this gateway, so every replica learns a new client build within one poll.
 * A reload that fails keeps the list it had.
 */
export class Safelist {
  private bodies: ReadonlyMap<string, string> = new Map();
  private timer?: NodeJS.Timeout;
  private readonly own: ReadonlyMap<string, string>;

  constructor(
    private readonly source: SafelistSource,
    private readonly log: (message: string) => void = console.warn,
    /**
     * The gateway's own operations, run whatever is registered, by their exact text: the subgraphs' reference
     * checks and the dashboard's queries, which the federation itself needs and which read only public fields.
     */
    ownOperations: readonly string[] = [],
  ) {
    this.own = new Map(ownOperations.map((body) => [sha256Hex(body), body]));
  }

  async start(pollIntervalMs: number): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), pollIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      this.bodies = await this.source.load();
    } catch (error) {
      this.log(`[gateway] safelist not reloaded (${(error as Error).message}); keeping ${this.bodies.size} operations`);
    }
  }

  body(sha256: string): string | undefined {
    const hash = sha256.toLowerCase();
    return this.bodies.get(hash) ?? this.own.get(hash);
  }

  get size(): number {
    return this.bodies.size;
  }
}
