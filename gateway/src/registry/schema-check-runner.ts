import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { RegistryError } from './registry-errors';
import type { checkSubgraphChange, SchemaCheckReport } from './schema-check';

export type SchemaCheck = (...args: Parameters<typeof checkSubgraphChange>) => Promise<SchemaCheckReport>;

const COMPILED_WORKER = path.join(__dirname, 'schema-check-worker.js');
const SOURCE_WORKER = path.join(__dirname, 'schema-check-worker.ts');
const REGISTER_TS = path.resolve(__dirname, '..', '..', 'bin', 'register-ts.js');

/** The worker's entry: the compiled file, or (when the tests run the sources) the source through register-ts. */
function startWorker(): Worker {
  if (fs.existsSync(COMPILED_WORKER)) return new Worker(COMPILED_WORKER);
  return new Worker(`require(${JSON.stringify(REGISTER_TS)}); require(${JSON.stringify(SOURCE_WORKER)});`, { eval: true });
}

/**
 * Runs schema checks (composition, the API diff, the known operations) in a worker thread, off the gateway's
 * event loop, one at a time, and stops a check that runs past `timeoutMs` (the worker is ended and a fresh one
 * started for the next check): a publisher cannot hold the gateway, or the registry's lock, longer than that.
 */
export class SchemaCheckWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;

  constructor(private readonly timeoutMs: number) {}

  readonly check: SchemaCheck = (...args) => {
    const run = this.queue.then(() => this.runOne(args));
    this.queue = run.catch(() => undefined);
    return run;
  };

  /** Starts the worker now, so the first check does not wait for it to load the composition libraries. */
  warm(): void {
    this.currentWorker();
  }

  /** The running worker, started when there is none; one that fails or exits is dropped, never reused. */
  private currentWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    const drop = () => {
      if (this.worker === worker) this.worker = undefined;
    };
    // A worker that fails while idle must not take the gateway down; the check it was running, if any, is
    // failed by its own listener.
    worker.on('error', drop);
    worker.on('exit', drop);
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private runOne(args: Parameters<typeof checkSubgraphChange>): Promise<SchemaCheckReport> {
    const worker = this.currentWorker();
    const id = ++this.nextId;
    return new Promise<SchemaCheckReport>((resolve, reject) => {
      const done = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
      };
      const onMessage = (message: { id: number; report?: SchemaCheckReport; error?: string }) => {
        if (message.id !== id) return;
        done(() => (message.report ? resolve(message.report) : reject(new Error(`schema check failed: ${message.error}`))));
      };
      const onError = (error: Error) => done(() => reject(error));
      const onExit = (code: number) => done(() => reject(new Error(`the schema check worker stopped (exit ${code})`)));
      const timer = setTimeout(() => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        done(() =>
          reject(
            new RegistryError(
              503,
              'CHECK_TIMED_OUT',
              `the schema check of ${args[1].name} did not finish within ${this.timeoutMs / 1000} s; nothing was stored`,
            ),
          ),
        );
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, args });
    });
  }
}
