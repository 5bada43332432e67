import { ConfigError } from '../config/config-error';

/**
 * The entry point of a service process: start it, report where it listens, and stop it gracefully on
 * SIGINT/SIGTERM (a second signal forces the exit). A bad configuration exits with its message, no stack.
 */
export function runMain(service: string, start: () => Promise<{ url: string; stop(): Promise<void> }>): void {
  start().then(
    (running) => {
      console.log(`${service} ready at ${running.url}`);
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) process.exit(1);
        stopping = true;
        console.log(`${service} draining after ${signal}`);
        running.stop().then(
          () => process.exit(0),
          (error) => {
            console.error(`${service} failed to stop cleanly`, error);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    },
    (error) => {
      console.error(error instanceof ConfigError ? `${service}: ${error.message}` : `${service} failed to start: ${error?.stack ?? error}`);
      process.exit(1);
    },
  );
}
