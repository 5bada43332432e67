import { ConfigError } from '../config/config-error';
import { createLogger, type LogLevel } from '../observability/logger';

const LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

/**
 * The entry point of a service process: start it, report where it listens, and stop it gracefully on
 * SIGINT/SIGTERM: stop accepting, finish the requests in flight, close pools, exit 0 (a second signal forces
 * the exit). A bad configuration exits with its message, no stack.
 */
export function runMain(service: string, start: () => Promise<{ url: string; stop(): Promise<void> }>): void {
  // The service's config validates LOG_LEVEL; these few lines before it only need a sane level.
  const level = LEVELS.includes(process.env.LOG_LEVEL ?? '') ? (process.env.LOG_LEVEL as LogLevel) : 'info';
  const log = createLogger(service, level);
  start().then(
    (running) => {
      log.info({ url: running.url }, `${service} ready at ${running.url}`);
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) process.exit(1);
        stopping = true;
        log.info({ signal }, `${service} draining after ${signal}`);
        running.stop().then(
          () => {
            log.info(`${service} stopped`);
            process.exit(0);
          },
          (error) => {
            log.error({ err: error }, `${service} failed to stop cleanly`);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    },
    (error) => {
      if (error instanceof ConfigError) log.error({ problems: error.problems }, `${service}: ${error.message}`);
      else log.error({ err: error }, `${service} failed to start`);
      process.exit(1);
    },
  );
}
