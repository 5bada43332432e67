// The federation the read-only test files share (shared-federation.ts), as its own process: started by the
// integration tests' global setup on the run's templates, stopped by the global teardown (or when the run that
// started it goes away). It writes where its gateway listens, or why it could not start, to the file it is given.
import fs from 'node:fs';
import { startFederation } from './federation';

const [, , readyFile] = process.argv;

function report(outcome: { gatewayUrl: string } | { error: string }): void {
  const temporary = `${readyFile}.${process.pid}`;
  fs.writeFileSync(temporary, JSON.stringify(outcome));
  fs.renameSync(temporary, readyFile);
}

async function main(): Promise<void> {
  const federation = await startFederation();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= federation.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    ));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Its standard input is the run's pipe: closed, the run is gone (stopped with ^C, or crashed).
  process.stdin.on('end', stop).resume();
  report({ gatewayUrl: federation.gatewayUrl });
}

main().catch((error: unknown) => {
  report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
