import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indexes the organizations lists were missing, so every page is an index range from its cursor (see
 * shared/src/pagination/page-sql.ts): organizations by name and by province, and each organization's shareholdings by
 * percentage. Plain CREATE INDEX inside the migration's transaction (CONCURRENTLY cannot run in one).
 */
export class PagingIndexes1766000000900 implements MigrationInterface {
  name = 'PagingIndexes1766000000900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX organization_name ON organization (name_fa, id)`);
    await db.query(`CREATE INDEX organization_province_page ON organization (province_code, id)`);
    await db.query(`CREATE INDEX shareholding_organization_percent ON shareholding (organization_id, percent_order, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX shareholding_organization_percent`);
    await db.query(`DROP INDEX organization_province_page`);
    await db.query(`DROP INDEX organization_name`);
  }
}
