import { RecordCorrection, returned, seedIds, stableId } from '@hamyar/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_NAME } from '../seed/seed-name';

/** Seeded statuses their reports do not state, each with the passage that gives no status, and why. */
export const UNSTATED_STATUSES: readonly { slug: string; was: string; reason: string }[] = [
  {
    slug: 'fars/polymer-asphalt',
    was: 'IN_PROGRESS',
    reason:
      'Correction of the source record: news-003 says polymer asphalt was "put on the agenda" ("اجرای آسفالت پلیمری در دستور کار قرار داد"), not that work is under way; the status is not reported.',
  },
  {
    slug: 'fars/jannat-hospital',
    was: 'IN_PROGRESS',
    reason:
      'Correction of the source record: news-003 lists building the Jannat hospital among the organization\'s civil works ("از جمله اقدامات عمرانی") without saying where it stands; the status is not reported.',
  },
  {
    slug: 'fars/zand-boulevard-office-building',
    was: 'IN_PROGRESS',
    reason:
      'Correction of the source record: news-003 lists the office building on Zand Boulevard, with its initial credit, among the civil works without saying where it stands; the status is not reported.',
  },
  {
    slug: 'fars/smart-parking-and-markets',
    was: 'PROPOSED',
    reason:
      'Correction of the source record: news-003 names smart parking and markets as an area of an initial MoU ("تفاهمنامه اولیه ... منعقد شده است"); it gives the project no status.',
  },
];

export const WASTE_FUNDING_CORRECTION =
  "Correction of the source record: news-002 calls attracting private investment the organization's approach to waste " +
  '("رویکرد سازمان همیاری ... جذب سرمایه گذاری بخش خصوصی برای ساماندهی یکپارچه پسماند است"), not a source of money for ' +
  'the projects; it is kept as a statement of approach (organizations subgraph), not as funding.';

/**
 * Nothing more certain than the reports: a project's status may be unknown (null), and a reported job count
 * keeps its qualifier. On a database seeded before this, the statuses and the funding the reports do not
 * state are taken back, each with its reason in the project's history.
 */
export class FaithfulRecord1767000000200 implements MigrationInterface {
  name = 'FaithfulRecord1767000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE investment_project ALTER COLUMN status DROP NOT NULL`);
    await db.query(
      `ALTER TABLE investment_project ADD COLUMN expected_jobs_qualifier varchar(10)
         CHECK (expected_jobs_qualifier IN ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST'))`,
    );
    await db.query(`UPDATE investment_project SET expected_jobs_qualifier = 'EXACT' WHERE expected_jobs IS NOT NULL`);
    await db.query(
      `ALTER TABLE investment_project ADD CONSTRAINT investment_project_jobs_qualified
         CHECK ((expected_jobs IS NULL) = (expected_jobs_qualifier IS NULL))`,
    );
    if (!(await RecordCorrection.seeded(db, SEED_NAME))) return;

    for (const { slug, was, reason } of UNSTATED_STATUSES) {
      await new RecordCorrection(db, reason).update('investment_project', 'InvestmentProject', seedIds.project(slug), [
        { column: 'status', field: 'status', expected: was, value: null },
      ]);
    }
    const waste = seedIds.project('mazandaran/stalled-waste-projects');
    const fundingId = stableId('funding', 'mazandaran/stalled-waste-projects/0');
    const [removed] = returned(
      await db.query(`DELETE FROM funding_source WHERE id = $1 AND kind = 'PRIVATE_INVESTMENT' RETURNING kind`, [fundingId]),
    );
    if (removed) {
      await new RecordCorrection(db, WASTE_FUNDING_CORRECTION).touch('investment_project', 'InvestmentProject', waste, {
        fundingSources: { before: [{ kind: 'PRIVATE_INVESTMENT', name: null, amountRials: null }], after: [] },
      });
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE investment_project DROP CONSTRAINT investment_project_jobs_qualified`);
    await db.query(`ALTER TABLE investment_project DROP COLUMN expected_jobs_qualifier`);
  }
}
