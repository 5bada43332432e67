import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jalaliYearOf, projectSearchText } from '../domain/project-record';

/** Search text, the Jalali start year for summaries, milestones and progress reports. */
export class ProjectSearchLifeCycle1764100000000 implements MigrationInterface {
  name = 'ProjectSearchLifeCycle1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE investment_project ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    await db.query(`ALTER TABLE investment_project ADD COLUMN started_jalali_year integer`);
    const rows: { id: string; title_fa: string; title_en: string | null; description_fa: string | null; started_on: string | null }[] =
      await db.query(`SELECT id, title_fa, title_en, description_fa, started_on::text FROM investment_project`);
    for (const row of rows) {
      await db.query(`UPDATE investment_project SET search_text = $2, started_jalali_year = $3 WHERE id = $1`, [
        row.id,
        projectSearchText({ titleFa: row.title_fa, titleEn: row.title_en, descriptionFa: row.description_fa }),
        jalaliYearOf(row.started_on),
      ]);
    }
    await db.query(`CREATE INDEX investment_project_search ON investment_project USING gin (search_text public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX investment_project_created ON investment_project (created_at, id)`);
    await db.query(`CREATE INDEX investment_project_sector_status ON investment_project (sector, status)`);
    await db.query(`
      CREATE TABLE project_milestone (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES investment_project(id) ON DELETE CASCADE,
        title_fa text NOT NULL,
        due_on date,
        completed_on date
      )`);
    await db.query(`CREATE INDEX project_milestone_project ON project_milestone (project_id)`);
    await db.query(`
      CREATE TABLE project_progress (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES investment_project(id) ON DELETE CASCADE,
        percent_complete numeric(5,2) NOT NULL CHECK (percent_complete >= 0 AND percent_complete <= 100),
        reported_on date NOT NULL,
        note text
      )`);
    await db.query(`CREATE INDEX project_progress_project ON project_progress (project_id, reported_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE project_progress`);
    await db.query(`DROP TABLE project_milestone`);
    await db.query(`DROP INDEX investment_project_sector_status`);
    await db.query(`DROP INDEX investment_project_created`);
    await db.query(`DROP INDEX investment_project_search`);
    await db.query(`ALTER TABLE investment_project DROP COLUMN started_jalali_year`);
    await db.query(`ALTER TABLE investment_project DROP COLUMN search_text`);
  }
}
