import fs from 'node:fs';
import { SigningKeySet, type PublicJwk, type SigningKey } from '@hamyar/shared';
import type { SigningConfig } from './signing-keys-config';

/**
 * The gateway's signing keys at run time. Keys from a file are re-read every `reloadMs`: a rotation is
 * written to the file (`npm run keys -- --rotate FILE`), and every replica reading it switches keys at the
 * times the file names. A file that stops parsing is reported and the keys in use are kept.
 */
export class GatewayKeys {
  private set: SigningKeySet;
  private lastText: string | undefined;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: SigningConfig,
    private readonly log: (message: string) => void = (message) => console.log(`[gateway] ${message}`),
  ) {
    this.set = SigningKeySet.from(config.keys, config.keysFile ?? 'signing keys');
    if (config.keysFile) {
      this.lastText = JSON.stringify(config.keys);
      this.timer = setInterval(() => this.reload(), config.reloadMs);
      this.timer.unref();
    }
  }

  current(): SigningKey {
    return this.set.current();
  }

  /** The public keys subgraphs verify with: every key not retired, a coming one included. */
  jwks(): { keys: PublicJwk[] } {
    return this.set.publicJwks();
  }

  reload(): void {
    const file = this.config.keysFile;
    if (!file) return;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const set = SigningKeySet.parse(text, file);
      const canonical = JSON.stringify(set.toJSON());
      if (canonical === this.lastText) return;
      this.set = set;
      this.lastText = canonical;
      this.log(`signing keys reloaded: ${this.set.keys.map((key) => key.kid).join(', ')}`);
    } catch (error) {
      this.log(`signing keys not reloaded, the keys in use are kept: ${(error as Error).message}`);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
