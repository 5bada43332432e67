import fs from 'node:fs';
import path from 'node:path';
import type { SubgraphHealthCheckFunction, SupergraphManager, SupergraphSdlUpdateFunction } from '@apollo/gateway';

interface SupergraphSdlHookOptions {
  update: SupergraphSdlUpdateFunction;
  healthCheck: SubgraphHealthCheckFunction;
}

export interface SupergraphSource {
  /** The registry's newest supergraph; throws when the registry cannot be reached. */
  latest(): Promise<{ version: number; sdl: string } | null>;
}

export interface RegistrySupergraphOptions {
  readonly source: SupergraphSource;
  /** Served when neither the registry nor a last good supergraph is available: the committed file. */
  readonly fallbackSdl: string;
  /** Where the last supergraph this gateway served well is kept, to start from when the registry is down. */
  readonly lastGoodFile: string | null;
  readonly pollIntervalMs: number;
  readonly log?: (message: string) => void;
}

/**
 * Keeps an Apollo gateway on the registry's newest supergraph. It polls; a new version is health-checked
 * (every subgraph it routes to must answer) and only then swapped in with `update`, which lets requests in
 * flight finish on the old schema. A version that fails is not served, and is tried again on the next poll
 * (its subgraph may come up). All replicas poll the same registry, so they converge on the same version.
 */
export class RegistrySupergraph implements SupergraphManager {
  private served = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private lastFailure: string | undefined;

  constructor(private readonly options: RegistrySupergraphOptions) {}

  /** The registry version now served (0 for the committed fallback or an unversioned last good file). */
  get servedVersion(): number {
    return this.served;
  }

  async initialize({ update, healthCheck }: SupergraphSdlHookOptions): Promise<{ supergraphSdl: string; cleanup: () => Promise<void> }> {
    const initial = await this.initialSupergraph();
    this.served = initial.version;
    this.timer = setInterval(() => void this.poll(update, healthCheck), this.options.pollIntervalMs);
    this.timer.unref();
    return {
      supergraphSdl: initial.sdl,
      cleanup: async () => {
        if (this.timer) clearInterval(this.timer);
      },
    };
  }

  private async initialSupergraph(): Promise<{ version: number; sdl: string }> {
    try {
      const latest = await this.options.source.latest();
      if (latest) return latest;
    } catch (error) {
      this.options.log?.(`registry unreachable at start (${(error as Error).message}); starting from the last good supergraph`);
    }
    const file = this.options.lastGoodFile;
    if (file && fs.existsSync(file)) {
      const [header, ...rest] = fs.readFileSync(file, 'utf8').split('\n');
      const version = Number(/version (\d+)/.exec(header)?.[1] ?? 0);
      return { version, sdl: rest.join('\n') };
    }
    return { version: 0, sdl: this.options.fallbackSdl };
  }

  private async poll(update: SupergraphSdlHookOptions['update'], healthCheck: SupergraphSdlHookOptions['healthCheck']): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const latest = await this.options.source.latest();
      if (!latest || latest.version === this.served) return;
      await healthCheck(latest.sdl);
      update(latest.sdl);
      this.served = latest.version;
      this.lastFailure = undefined;
      this.remember(latest);
      this.options.log?.(`now serving supergraph version ${latest.version}`);
    } catch (error) {
      const message = (error as Error).message;
      if (message !== this.lastFailure) this.options.log?.(`keeping supergraph version ${this.served}: ${message}`);
      this.lastFailure = message;
    } finally {
      this.polling = false;
    }
  }

  private remember(latest: { version: number; sdl: string }): void {
    const file = this.options.lastGoodFile;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `# last good supergraph, registry version ${latest.version}\n${latest.sdl}`);
    fs.renameSync(temporary, file);
  }
}
