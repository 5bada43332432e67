import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for every order the projects list offers, so a page is an index range from its cursor (see
 * shared/src/pagination/page-sql.ts). A nullable sort column is indexed on the expression the list sorts by,
 * `COALESCE(column, ±infinity)`, one per direction, so rows without a value come last either way and the
 * keyset comparison has no NULL in it. Title and creation time already have theirs.
 *
 * Plain CREATE INDEX, inside the migration's transaction: it blocks writes to the table while it builds
 * (CONCURRENTLY cannot run in a transaction). On a national table that is minutes; run it in a quiet hour.
 */
export class PagingIndexes1766000000900 implements MigrationInterface {
  name = 'PagingIndexes1766000000900';

  async up(db: QueryRunner): Promise<void> {
    for (const [name, expression] of INDEXES) await db.query(`CREATE INDEX ${name} ON investment_project (${expression}, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await db.query(`DROP INDEX ${name}`);
  }
}

const INDEXES = [
  ['investment_project_budget_asc', `(COALESCE(budget_max_rials, 'infinity'::numeric))`],
  ['investment_project_budget_desc', `(COALESCE(budget_max_rials, '-infinity'::numeric))`],
  ['investment_project_started_asc', `(COALESCE(started_on, 'infinity'::date))`],
  ['investment_project_started_desc', `(COALESCE(started_on, '-infinity'::date))`],
  ['investment_project_jobs_asc', `(COALESCE(expected_jobs, 2147483647))`],
  ['investment_project_jobs_desc', `(COALESCE(expected_jobs, -2147483648))`],
] as const;
