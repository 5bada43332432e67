import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Agreement.amendments` is a paged connection, by day and then by the version each amendment produced.
 * Each index leads with the parent key and then the list's sort keys, so a parent's page is a range of it
 * from the cursor (see shared/src/pagination/page-sql.ts); a nullable sort column is indexed on the expression
 * the list sorts by, `COALESCE(column, <past every value>)`. The index it supersedes (a prefix of it) is dropped.
 */
export class AmendmentPageIndex1768000000300 implements MigrationInterface {
  name = 'AmendmentPageIndex1768000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX agreement_amendment_page ON agreement_amendment (agreement_id, amended_on, (COALESCE(agreement_version, 2147483647)), id)`,
    );
    await db.query(`DROP INDEX agreement_amendment_agreement`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX agreement_amendment_agreement ON agreement_amendment (agreement_id, amended_on)`);
    await db.query(`DROP INDEX agreement_amendment_page`);
  }
}
