import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Part of every subgraph's migration list: the history table, and the trigram extension search uses. */
export class CreateRecordChange1763999999500 implements MigrationInterface {
  name = 'CreateRecordChange1763999999500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE record_change (
        id uuid PRIMARY KEY,
        record_type varchar(40) NOT NULL,
        record_id varchar(64) NOT NULL,
        version integer NOT NULL,
        operation varchar(10) NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
        actor_subject text,
        actor_role varchar(20) NOT NULL,
        actor_province varchar(5),
        changed_at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX record_change_record ON record_change (record_type, record_id, version)`);
    // In the public schema so that every subgraph's schema on one database shares the one extension.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE record_change`);
  }
}
