import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import type { Logger } from '../observability/logger';

/** Errors that mean "the database is not there yet" (starting, restarting, its host not resolvable yet). */
const NOT_YET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '57P03', '53300']);

function isDatabaseNotReachableYet(error: unknown): boolean {
  for (let cause = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; cause && depth < 5; depth += 1) {
    if (typeof cause.code === 'string' && NOT_YET_CODES.has(cause.code)) return true;
    if (
      typeof cause.message === 'string' &&
      /Connection terminated unexpectedly|the database system is (starting up|shutting down)/.test(cause.message)
    )
      return true;
    cause = cause.cause as typeof cause;
  }
  return false;
}

export interface WaitOptions {
  /** How long to keep trying; 0 tries once. */
  readonly waitMs: number;
  readonly log: Logger;
  /** What is being waited for, for the log. */
  readonly what: string;
}

/**
 * Runs `connect` until it succeeds, retrying with exponential backoff and jitter while the failure says the
 * database is not reachable yet and the wait budget lasts. Any other failure (bad password, unknown database)
 * is final at once: waiting would not fix it.
 */
export async function untilReachable<T>(connect: () => Promise<T>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  const policy = retry(
    handleWhen((error) => isDatabaseNotReachableYet(error) && Date.now() < deadline),
    { maxAttempts: Number.MAX_SAFE_INTEGER, backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 5_000 }) },
  );
  policy.onRetry((event) => {
    const reason = 'error' in event ? (event.error as Error).message : 'no answer';
    options.log.warn(
      { attempt: event.attempt, retryInMs: Math.round(event.delay), reason },
      `${options.what} is not reachable yet; retrying`,
    );
  });
  try {
    return await policy.execute(connect);
  } catch (error) {
    if (isDatabaseNotReachableYet(error) && options.waitMs > 0) {
      options.log.error(
        { waitedMs: options.waitMs, reason: (error as Error).message },
        `${options.what} was not reachable within ${options.waitMs} ms; giving up`,
      );
    }
    throw error;
  }
}
