import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgreements1764000000000 implements MigrationInterface {
  name = 'CreateAgreements1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY,
        name_fa text NOT NULL,
        name_en text,
        city_fa text,
        province_code varchar(5) CHECK (province_code ~ '^IR-[0-9]{2}$'),
        host_organization_id uuid,
        host_name_fa text,
        held_on date,
        reported_agreement_count integer CHECK (reported_agreement_count >= 0),
        reported_partner_province_count integer CHECK (reported_partner_province_count >= 0),
        expected_direct_jobs integer CHECK (expected_direct_jobs >= 0)
      )`);
    await db.query(`CREATE INDEX event_name ON event (name_fa, id)`);
    await db.query(`
      CREATE TABLE agreement (
        id uuid PRIMARY KEY,
        number text,
        number_as_reported text,
        title_fa text NOT NULL,
        title_en text,
        description_fa text,
        signed_on date,
        signed_order date GENERATED ALWAYS AS (COALESCE(signed_on, DATE '0001-01-01')) STORED,
        status varchar(20) NOT NULL,
        event_id uuid REFERENCES event(id),
        expected_jobs integer CHECK (expected_jobs >= 0),
        is_synthetic boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agreement_signed ON agreement (signed_order DESC, id DESC)`);
    await db.query(`CREATE INDEX agreement_event ON agreement (event_id)`);
    await db.query(`CREATE INDEX agreement_number ON agreement (number)`);
    await db.query(`
      CREATE TABLE agreement_party (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        organization_id uuid,
        name_fa text,
        name_en text,
        province_code varchar(5) CHECK (province_code ~ '^IR-[0-9]{2}$'),
        role varchar(20) NOT NULL,
        position integer NOT NULL,
        CHECK (organization_id IS NOT NULL OR name_fa IS NOT NULL),
        UNIQUE (agreement_id, organization_id)
      )`);
    await db.query(`CREATE INDEX agreement_party_agreement ON agreement_party (agreement_id)`);
    await db.query(`CREATE INDEX agreement_party_organization ON agreement_party (organization_id)`);
    await db.query(`CREATE INDEX agreement_party_province ON agreement_party (province_code)`);
    await db.query(`
      CREATE TABLE cooperation_area (
        code varchar(40) PRIMARY KEY,
        name_fa text NOT NULL,
        name_en text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE agreement_area (
        agreement_id uuid NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        area_code varchar(40) NOT NULL REFERENCES cooperation_area(code),
        position integer NOT NULL,
        PRIMARY KEY (agreement_id, area_code)
      )`);
    await db.query(`
      CREATE TABLE agreement_project (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        UNIQUE (agreement_id, project_id)
      )`);
    await db.query(`CREATE INDEX agreement_project_project ON agreement_project (project_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['agreement_project', 'agreement_area', 'cooperation_area', 'agreement_party', 'agreement', 'event']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
