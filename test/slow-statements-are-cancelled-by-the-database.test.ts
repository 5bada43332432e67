import { openDatabase } from '@hamyar/shared';
import { dropSchemas, testDatabase } from './support/federation';

/**
 * A statement past STATEMENT_TIMEOUT_MS is cancelled by Postgres itself, on every pooled connection, so a
 * runaway query stops using the database when the gateway has stopped waiting for it. Migrations are exempt.
 */
describe('the statement timeout', () => {
  it('is set on every pooled connection and cancels a statement that runs past it', async () => {
    const config = testDatabase('timeout');
    const database = await openDatabase({ subgraph: 'timeout', config, entities: [], migrations: [], statementTimeoutMs: 300 });
    try {
      // PGlite (the embedded default) ignores connection options and is one WebAssembly session with no timer
      // to cancel by: the timeout is real Postgres's, the production path (see README).
      if (config.kind !== 'postgres') return;
      const settings = await Promise.all(Array.from({ length: 3 }, () => database.dataSource.query('SHOW statement_timeout')));
      expect(settings.map((rows) => rows[0].statement_timeout)).toEqual(['300ms', '300ms', '300ms']);
      await expect(database.dataSource.query('SELECT pg_sleep(3)')).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '57014' }),
      });
      expect((await database.dataSource.query('SELECT 1 AS ok'))[0].ok).toBe(1);
    } finally {
      await database.close();
      await dropSchemas([config]);
    }
  });
});
