import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Part of every subgraph's migration list: `history` is a paged connection (history.ts), ordered by version
 * with the row id breaking a tie, so a record's page is a range of this index from its cursor. It also
 * serves everything `record_change_record` served (same leading columns), which is dropped.
 */
export class RecordChangePageIndex1768000000000 implements MigrationInterface {
  name = 'RecordChangePageIndex1768000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX IF NOT EXISTS record_change_page ON record_change (record_type, record_id, version, id)`);
    await db.query(`DROP INDEX IF EXISTS record_change_record`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX IF NOT EXISTS record_change_record ON record_change (record_type, record_id, version)`);
    await db.query(`DROP INDEX record_change_page`);
  }
}
