import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePersistedOperations1767000000000 implements MigrationInterface {
  name = 'CreatePersistedOperations1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE persisted_operation (
        id char(64) PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
        name varchar(200) NOT NULL,
        type varchar(12) NOT NULL CHECK (type IN ('query', 'mutation', 'subscription')),
        body text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE persisted_operation`);
  }
}
