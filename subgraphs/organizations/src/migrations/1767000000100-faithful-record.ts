import { RecordCorrection, stableId } from '@hamyar/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeRecordAdditions } from '../seed/record-additions';
import { SEED_NAME } from '../seed/seed-name';

export const HAMYAR_NET_CORRECTION =
  'Correction of the source record: news-003 says only that the chief executive of Hamyar Net announced the startup ' +
  'weekend ("در ادامه مدیرعامل شرکت همیار نت از برگزاری رویداد ملی گردشگری، فناوری و آینده “ خبر داد"); it does not say ' +
  "that Fars's cooperation organization founded or owns the company. The company is now recorded as the body of its " +
  'chief executive (a Person), not as a subsidiary.';

/**
 * The record as faithful as its reports: figures keep their qualifier; the people the reports name and what
 * they are reported to have said (statements) get their tables. On a database seeded before this, the
 * wrong Hamyar Net relation is removed with its reason in the history, and the new facts are added; a fresh
 * database gets all of it from its seed.
 */
export class FaithfulRecord1767000000100 implements MigrationInterface {
  name = 'FaithfulRecord1767000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE organization_figure ADD COLUMN qualifier varchar(10) NOT NULL DEFAULT 'EXACT'
         CHECK (qualifier IN ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST'))`,
    );
    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        name_fa text,
        name_en text,
        role_fa text,
        role_en text,
        organization_id uuid REFERENCES organization(id),
        body_fa text,
        body_en text,
        province_code varchar(5) REFERENCES province(code),
        CHECK (name_fa IS NOT NULL OR role_fa IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX person_organization ON person (organization_id, id)`);
    await db.query(`
      CREATE TABLE statement (
        id uuid PRIMARY KEY,
        kind varchar(20) NOT NULL
          CHECK (kind IN ('AIM', 'PLAN', 'RECOMMENDATION', 'EXPECTATION', 'FORECAST', 'ANNOUNCEMENT', 'ASSESSMENT', 'APPROACH', 'DIRECTIVE')),
        summary_fa text NOT NULL,
        summary_en text NOT NULL,
        attributed_to_fa text NOT NULL,
        speaker_id uuid REFERENCES person(id),
        organization_id uuid REFERENCES organization(id),
        event_id uuid,
        project_id uuid,
        figure_value bigint,
        figure_max bigint,
        figure_qualifier varchar(10) CHECK (figure_qualifier IN ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST', 'RANGE')),
        figure_reported_text text,
        figure_unit_fa text,
        figure_about_fa text,
        figure_about_en text,
        report_id varchar(40) NOT NULL,
        position integer NOT NULL,
        CHECK ((figure_value IS NULL) = (figure_qualifier IS NULL))
      )`);
    await db.query(`CREATE INDEX statement_order ON statement (report_id, position, id)`);
    await db.query(`CREATE INDEX statement_organization ON statement (organization_id, report_id, position, id)`);
    await db.query(`CREATE INDEX statement_speaker ON statement (speaker_id, report_id, position, id)`);

    if (!(await RecordCorrection.seeded(db, SEED_NAME))) return;
    const correction = new RecordCorrection(db, HAMYAR_NET_CORRECTION);
    const hamyarNet = stableId('subsidiary', 'IR-07/Hamyar Net');
    const removed = await correction.delete('subsidiary_company', 'SubsidiaryCompany', hamyarNet, {
      nameFa: 'name_fa',
      nameEn: 'name_en',
      organization: 'organization_id',
    });
    if (removed) {
      await db.query(`DELETE FROM record_source WHERE record_type = 'SubsidiaryCompany' AND record_id = $1`, [hamyarNet]);
      await correction.touch('organization', 'Organization', String(removed.organization_id), {
        subsidiaries: { before: { id: hamyarNet, nameFa: removed.name_fa }, after: null },
      });
    }
    await writeRecordAdditions(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE statement`);
    await db.query(`DROP TABLE person`);
    await db.query(`ALTER TABLE organization_figure DROP COLUMN qualifier`);
  }
}
