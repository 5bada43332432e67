import type { ForwardedIdentitySigner } from '@hamyar/shared';
import type { GatewayConfig } from '../config';
import { openRegistry, type OpenRegistry } from './index';

export interface RegistryConnectionState {
  /** `open`, or `retrying` while the registry's database cannot be opened. */
  readonly state: 'open' | 'retrying' | 'closed';
  /** Failed attempts since the last success. */
  readonly failedAttempts: number;
  /** When the next attempt is due (ISO time), while retrying. */
  readonly nextAttemptAt: string | null;
}

export interface RegistryConnectionOptions {
  readonly settings: NonNullable<GatewayConfig['registry']>;
  /** Signs the identity the registry's probe sends a subgraph, as the gateway would. */
  readonly signer: ForwardedIdentitySigner;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
  readonly log?: (message: string) => void;
  /** How the registry is opened; the real one by default. */
  readonly open?: typeof openRegistry;
}

/**
 * The gateway's hold on the schema registry. A registry that cannot be opened at start-up (its database is
 * down, a migration waits on a lock) is tried again with exponential backoff, doubling up to `maxRetryMs`,
 * for as long as the gateway runs; meanwhile the gateway serves its last good supergraph and says so in
 * /health/supergraph.
 */
export class RegistryConnection {
  private opened: OpenRegistry | undefined;
  private failedAttempts = 0;
  private nextAttemptAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: RegistryConnectionOptions) {}

  /** Tries once now; on failure keeps trying in the background. Resolves either way. */
  async start(): Promise<void> {
    await this.attempt();
  }

  get registry(): OpenRegistry | undefined {
    return this.opened;
  }

  get status(): RegistryConnectionState {
    return {
      state: this.closed ? 'closed' : this.opened ? 'open' : 'retrying',
      failedAttempts: this.failedAttempts,
      nextAttemptAt: this.nextAttemptAt === null ? null : new Date(this.nextAttemptAt).toISOString(),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.opened?.close();
  }

  private async attempt(): Promise<void> {
    if (this.closed) return;
    try {
      const opened = await (this.options.open ?? openRegistry)(this.options.settings, this.options.signer);
      if (this.closed) {
        await opened.close();
        return;
      }
      this.opened = opened;
      if (this.failedAttempts > 0) this.options.log?.(`registry open after ${this.failedAttempts} failed attempts`);
      this.failedAttempts = 0;
      this.nextAttemptAt = null;
    } catch (error) {
      this.failedAttempts += 1;
      const first = this.options.firstRetryMs ?? 1_000;
      const delay = Math.min(first * 2 ** (this.failedAttempts - 1), this.options.maxRetryMs ?? 60_000);
      this.nextAttemptAt = Date.now() + delay;
      this.options.log?.(
        `registry unavailable (${(error as Error).message}); trying again in ${Math.round(delay / 1000)} s, serving the last good supergraph meanwhile`,
      );
      this.timer = setTimeout(() => void this.attempt(), delay);
      this.timer.unref();
    }
  }
}
