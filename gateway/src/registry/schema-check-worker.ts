import { parentPort } from 'node:worker_threads';
import { checkSubgraphChange } from './schema-check';

// Schema checks in a worker thread: composing and diffing a large supergraph takes seconds of CPU, which on
// the gateway's event loop would stall every query it serves meanwhile. The worker stays up between checks
// (loading the composition libraries costs more than a small check) and runs one check at a time.
parentPort!.on('message', ({ id, args }: { id: number; args: Parameters<typeof checkSubgraphChange> }) => {
  checkSubgraphChange(...args).then(
    (report) => parentPort!.postMessage({ id, report }),
    (error: Error) => parentPort!.postMessage({ id, error: error.message }),
  );
});
