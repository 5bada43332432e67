import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The life cycle of an agreement: its termination (day and reason), its amendments (OCDS), the statuses it
 * may hold, and the orders its lists are sorted in (title, creation). Creation instants are kept to the
 * millisecond, as much as a JS Date holds, so an instant read and written back names the same row.
 */
export class AgreementLifeCycle1765000000100 implements MigrationInterface {
  name = 'AgreementLifeCycle1765000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement ADD COLUMN terminated_on date, ADD COLUMN termination_reason text`);
    await db.query(`ALTER TABLE agreement ADD CONSTRAINT agreement_status_known
      CHECK (status IN ('PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'TERMINATED'))`);
    await db.query(`ALTER TABLE agreement ADD CONSTRAINT agreement_terminated_after_signed
      CHECK (terminated_on IS NULL OR signed_on IS NULL OR terminated_on >= signed_on)`);
    await db.query(`ALTER TABLE agreement ALTER COLUMN created_at TYPE timestamptz(3)`);
    await db.query(`CREATE INDEX agreement_title ON agreement (title_fa, id)`);
    await db.query(`CREATE INDEX agreement_created ON agreement (created_at, id)`);
    await db.query(`
      CREATE TABLE agreement_amendment (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
        amended_on date NOT NULL,
        summary text NOT NULL CHECK (summary <> ''),
        agreement_version integer CHECK (agreement_version > 1)
      )`);
    await db.query(`CREATE INDEX agreement_amendment_agreement ON agreement_amendment (agreement_id, amended_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agreement_amendment`);
    await db.query(`DROP INDEX agreement_created`);
    await db.query(`DROP INDEX agreement_title`);
    await db.query(`ALTER TABLE agreement ALTER COLUMN created_at TYPE timestamptz`);
    await db.query(`ALTER TABLE agreement DROP CONSTRAINT agreement_terminated_after_signed, DROP CONSTRAINT agreement_status_known`);
    await db.query(`ALTER TABLE agreement DROP COLUMN termination_reason, DROP COLUMN terminated_on`);
  }
}
