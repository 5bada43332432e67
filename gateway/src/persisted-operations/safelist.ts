import { REFERENCE_CHECK_OPERATIONS } from '@hamyar/shared';
import { sha256Hex } from './manifest';

/**
 * The federation's own operations, run in safelist mode whatever is registered: the subgraphs' reference
 * checks (public reads of the owners' lists by id, fixed texts), which a mutation in any subgraph needs.
 */
const FEDERATION_OPERATIONS: ReadonlyMap<string, string> = new Map(
  Object.values(REFERENCE_CHECK_OPERATIONS).map((operation) => [sha256Hex(operation.body), operation.body]),
);

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

  constructor(
    private readonly source: SafelistSource,
    private readonly log: (message: string) => void = console.warn,
  ) {}

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
    return this.bodies.get(hash) ?? FEDERATION_OPERATIONS.get(hash);
  }

  get size(): number {
    return this.bodies.size;
  }
}
