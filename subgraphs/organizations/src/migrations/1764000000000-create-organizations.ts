import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizations1764000000000 implements MigrationInterface {
  name = 'CreateOrganizations1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE province (
        code varchar(5) PRIMARY KEY CHECK (code ~ '^IR-[0-9]{2}$'),
        name_fa text NOT NULL,
        name_en text NOT NULL,
        capital_fa text NOT NULL,
        capital_en text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        province_code varchar(5) NOT NULL UNIQUE REFERENCES province(code),
        name_fa text NOT NULL,
        name_en text NOT NULL,
        ceo_name_fa text,
        ceo_name_en text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE organization_figure (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id),
        metric varchar(40) NOT NULL,
        kind varchar(10) NOT NULL CHECK (kind IN ('ACTUAL', 'TARGET')),
        value integer NOT NULL CHECK (value >= 0),
        as_of_text text,
        as_of date,
        report_id varchar(40) NOT NULL,
        excerpt text
      )`);
    await db.query(`CREATE INDEX organization_figure_organization ON organization_figure (organization_id)`);
    await db.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY,
        province_code varchar(5) NOT NULL REFERENCES province(code),
        name_fa text NOT NULL,
        name_en text NOT NULL,
        is_provincial_capital boolean NOT NULL DEFAULT false,
        is_metropolis boolean,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX municipality_province_name ON municipality (province_code, name_fa, id)`);
    await db.query(`CREATE INDEX municipality_name ON municipality (name_fa, id)`);
    await db.query(`
      CREATE TABLE shareholding (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id),
        municipality_id uuid NOT NULL REFERENCES municipality(id),
        percent numeric(5,2) CHECK (percent >= 0 AND percent <= 100),
        percent_order numeric GENERATED ALWAYS AS (COALESCE(percent, -1)) STORED,
        is_among_largest boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (organization_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX shareholding_municipality ON shareholding (municipality_id)`);
    await db.query(`
      CREATE TABLE subsidiary_company (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id),
        name_fa text NOT NULL,
        name_en text NOT NULL,
        activity_fa text,
        activity_en text,
        location_fa text,
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX subsidiary_company_organization ON subsidiary_company (organization_id, name_fa, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['subsidiary_company', 'shareholding', 'municipality', 'organization_figure', 'organization', 'province']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
