import { readSubgraphSources } from '../compose/compose-supergraph';
import { RegistryError } from './registry-errors';
import { SchemaCheckWorker } from './schema-check-runner';

describe('schema checks in a worker thread', () => {
  const core = readSubgraphSources();
  const [others, candidate] = [core.slice(0, -1), core[core.length - 1]];

  it('compose off the event loop and answer the report', async () => {
    const checks = new SchemaCheckWorker(120_000);
    try {
      const report = await checks.check(others, candidate, null, []);
      expect(report.ok).toBe(true);
      expect(report.supergraphSdl).toContain('join__graph');
    } finally {
      await checks.close();
    }
  }, 150_000);

  it('stop a check that runs past its time limit, and run the next one in a fresh worker', async () => {
    const checks = new SchemaCheckWorker(1);
    try {
      const timedOut = await checks.check(others, candidate, null, []).catch((error) => error);
      expect(timedOut).toBeInstanceOf(RegistryError);
      expect(timedOut).toMatchObject({
        status: 503,
        code: 'CHECK_TIMED_OUT',
        message: `the schema check of ${candidate.name} did not finish within 0.001 s; nothing was stored`,
      });
      // the queue is not stuck behind the stopped one
      const again = await checks.check(others, candidate, null, []).catch((error) => error);
      expect(again).toMatchObject({ code: 'CHECK_TIMED_OUT' });
    } finally {
      await checks.close();
    }
  }, 60_000);
});
