import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes the agreement lists were missing, so every page is an index range from its cursor (see
 * shared/src/pagination/page-sql.ts): signed date ascending (undated last, on the expression the list sorts
 * by) and a project list per agreement in its own order. Plain CREATE INDEX inside the migration's
 * transaction (CONCURRENTLY cannot run in one): writes wait while it builds.
 */
export class PagingIndexes1766000000900 implements MigrationInterface {
  name = 'PagingIndexes1766000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX agreement_signed_asc ON agreement ((COALESCE(signed_on, 'infinity'::date)), id)`);
    await db.query(`CREATE INDEX agreement_project_page ON agreement_project (agreement_id, project_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX agreement_project_page`);
    await db.query(`DROP INDEX agreement_signed_asc`);
  }
}
