import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `InvestmentProject.milestones` (by due day, undated last) and `progress` (by day reported) are paged
 * connections.
 * Each index leads with the parent key and then the list's sort keys, so a parent's page is a range of it
 * from the cursor (see shared/src/pagination/page-sql.ts); a nullable sort column is indexed on the expression
 * the list sorts by, `COALESCE(column, <past every value>)`. The index it supersedes (a prefix of it) is dropped.
 */
export class MilestoneProgressPageIndexes1768000000200 implements MigrationInterface {
  name = 'MilestoneProgressPageIndexes1768000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX project_milestone_page ON project_milestone (project_id, (COALESCE(due_on, 'infinity'::date)), id)`);
    await db.query(`CREATE INDEX project_progress_page ON project_progress (project_id, reported_on, id)`);
    await db.query(`DROP INDEX project_milestone_project`);
    await db.query(`DROP INDEX project_progress_project`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX project_milestone_project ON project_milestone (project_id)`);
    await db.query(`CREATE INDEX project_progress_project ON project_progress (project_id, reported_on)`);
    await db.query(`DROP INDEX project_milestone_page`);
    await db.query(`DROP INDEX project_progress_page`);
  }
}
