import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Part of every subgraph's migration list: a change may say why it was made, and a report's citations are
 * indexed. Corrections of the source
 * record, shipped as migrations, say which report passage they follow, so the history explains itself.
 */
export class AddRecordChangeReason1767000000000 implements MigrationInterface {
  name = 'AddRecordChangeReason1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE record_change ADD COLUMN IF NOT EXISTS reason text`);
    // A report's citations are listed page by page (SourceReport): an index range scan.
    await db.query(`CREATE INDEX IF NOT EXISTS record_source_report ON record_source (report_id, record_type, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX record_source_report`);
    await db.query(`ALTER TABLE record_change DROP COLUMN reason`);
  }
}
