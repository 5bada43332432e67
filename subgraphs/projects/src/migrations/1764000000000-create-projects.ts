import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjects1764000000000 implements MigrationInterface {
  name = 'CreateProjects1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE investment_project (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        province_code varchar(5) NOT NULL CHECK (province_code ~ '^IR-[0-9]{2}$'),
        municipality_id uuid,
        title_fa text NOT NULL,
        title_en text,
        description_fa text,
        sector varchar(30) NOT NULL,
        status varchar(20) NOT NULL,
        budget_min_rials numeric(30,0) CHECK (budget_min_rials >= 0),
        budget_max_rials numeric(30,0) CHECK (budget_max_rials >= budget_min_rials),
        budget_reported_text text,
        budget_reported_unit varchar(10) CHECK (budget_reported_unit IN ('RIAL', 'TOMAN')),
        expected_jobs integer CHECK (expected_jobs >= 0),
        capacity_value numeric CHECK (capacity_value >= 0),
        capacity_unit varchar(20),
        started_on date,
        planned_completion_on date,
        is_synthetic boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((budget_min_rials IS NULL) = (budget_max_rials IS NULL))
      )`);
    await db.query(`CREATE INDEX investment_project_title ON investment_project (title_fa, id)`);
    await db.query(`CREATE INDEX investment_project_organization ON investment_project (organization_id, title_fa, id)`);
    await db.query(`CREATE INDEX investment_project_province ON investment_project (province_code, title_fa, id)`);
    await db.query(`CREATE INDEX investment_project_municipality ON investment_project (municipality_id, title_fa, id)`);
    await db.query(`
      CREATE TABLE funding_source (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES investment_project(id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL,
        name_fa text,
        amount_rials numeric(30,0) CHECK (amount_rials >= 0)
      )`);
    await db.query(`CREATE INDEX funding_source_project ON funding_source (project_id)`);
    await db.query(`
      CREATE TABLE project_party (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES investment_project(id) ON DELETE CASCADE,
        name_fa text NOT NULL,
        name_en text,
        role varchar(20) NOT NULL
      )`);
    await db.query(`CREATE INDEX project_party_project ON project_party (project_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE project_party`);
    await db.query(`DROP TABLE funding_source`);
    await db.query(`DROP TABLE investment_project`);
  }
}
