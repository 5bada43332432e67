import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Part of every subgraph's migration list, ahead of its own tables. */
export class CreateRecordSource1763999999000 implements MigrationInterface {
  name = 'CreateRecordSource1763999999000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE record_source (
        id uuid PRIMARY KEY,
        record_type varchar(40) NOT NULL,
        record_id varchar(64) NOT NULL,
        report_id varchar(40) NOT NULL,
        excerpt text
      )`);
    await db.query(`CREATE INDEX record_source_record ON record_source (record_type, record_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE record_source`);
  }
}
