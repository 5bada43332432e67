import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Organization.figures` is a paged connection, by metric and kind and then in the order recorded.
 * Each index leads with the parent key and then the list's sort keys, so a parent's page is a range of it
 * from the cursor (see shared/src/pagination/page-sql.ts); a nullable sort column is indexed on the expression
 * the list sorts by, `COALESCE(column, <past every value>)`. The index it supersedes (a prefix of it) is dropped.
 */
export class FigurePageIndex1768000000100 implements MigrationInterface {
  name = 'FigurePageIndex1768000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX organization_figure_page ON organization_figure (organization_id, metric, kind, recorded_order, id)`);
    await db.query(`DROP INDEX organization_figure_organization`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX organization_figure_organization ON organization_figure (organization_id)`);
    await db.query(`DROP INDEX organization_figure_page`);
  }
}
