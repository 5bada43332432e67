import type { DataSource } from 'typeorm';

/**
 * Every row of each table, hashed (with the row count): equal fingerprints before and after, nothing changed.
 * Without `tables`, every table of the data source's schema.
 */
export async function tableFingerprints(db: DataSource, tables?: readonly string[]): Promise<Record<string, string>> {
  const names =
    tables ??
    (
      (await db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
      )) as { table_name: string }[]
    ).map((row) => row.table_name);
  const result: Record<string, string> = {};
  for (const table of names) {
    const [row] = await db.query(
      `SELECT count(*) || ':' || md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) AS f FROM "${table}" t`,
    );
    result[table] = row.f;
  }
  return result;
}
