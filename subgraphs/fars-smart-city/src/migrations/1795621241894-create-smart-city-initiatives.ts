import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-written SQL: the schema is what this file says, never what `synchronize` guesses. */
export class CreateSmartCityInitiatives1795621241894 implements MigrationInterface {
  name = 'CreateSmartCityInitiatives1795621241894';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE smart_city_initiative (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        municipality_id uuid,
        title_fa text NOT NULL CHECK (btrim(title_fa) <> ''),
        title_en text,
        area varchar(20) NOT NULL CHECK (area IN ('SMART_PARKING', 'SMART_MARKETS')),
        status varchar(20) NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One index per list order: the top-level list and each parent's nested list, by title then id.
    await db.query(`CREATE INDEX smart_city_initiative_title ON smart_city_initiative (title_fa, id)`);
    await db.query(`CREATE INDEX smart_city_initiative_organization ON smart_city_initiative (organization_id, title_fa, id)`);
    await db.query(`CREATE INDEX smart_city_initiative_municipality ON smart_city_initiative (municipality_id, title_fa, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE smart_city_initiative`);
  }
}
