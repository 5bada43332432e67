import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written SQL: the schema is what this file says, never what `synchronize` guesses. */
export class CreateItems__TIMESTAMP__ implements MigrationInterface {
  name = 'CreateItems__TIMESTAMP__';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE item (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        municipality_id uuid,
        title_fa text NOT NULL CHECK (btrim(title_fa) <> ''),
        title_en text,
        started_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One index per list order: the top-level list and each parent's nested list, by title then id.
    await db.query(`CREATE INDEX item_title ON item (title_fa, id)`);
    await db.query(`CREATE INDEX item_organization ON item (organization_id, title_fa, id)`);
    await db.query(`CREATE INDEX item_municipality ON item (municipality_id, title_fa, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE item`);
  }
}
