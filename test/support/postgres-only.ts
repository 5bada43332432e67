/**
 * Some behaviour exists only on a shared, real Postgres: two processes on one database, planner choices at
 * volume. Without DATABASE_URL such a test is reported as skipped, with the reason in its name, never run as
 * an empty pass.
 */
export const ON_POSTGRES = Boolean(process.env.DATABASE_URL);

export function itOnPostgres(name: string, test: jest.ProvidesCallback, timeoutMs?: number): void {
  if (ON_POSTGRES) it(name, test, timeoutMs);
  else it.skip(`${name} (skipped: needs DATABASE_URL, a real Postgres)`, test, timeoutMs);
}
