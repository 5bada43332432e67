import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agreementSearchText } from '../domain/agreement-search-text';

/**
 * Search over agreements: a normalised text column, filled on every write, served by a trigram index (the
 * pg_trgm extension lives in schema public, created by the shared history migration). Rows that exist
 * already are filled here, with the same function the writes use.
 */
export class AgreementSearchText1765000000000 implements MigrationInterface {
  name = 'AgreementSearchText1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement ADD COLUMN search_text text NOT NULL DEFAULT ''`);
    const rows: {
      id: string;
      title_fa: string;
      title_en: string | null;
      description_fa: string | null;
      number: string | null;
      number_as_reported: string | null;
    }[] = await db.query(`SELECT id, title_fa, title_en, description_fa, number, number_as_reported FROM agreement`);
    for (const row of rows) {
      const text = agreementSearchText({
        titleFa: row.title_fa,
        titleEn: row.title_en,
        descriptionFa: row.description_fa,
        number: row.number,
        numberAsReported: row.number_as_reported,
      });
      await db.query(`UPDATE agreement SET search_text = $1 WHERE id = $2`, [text, row.id]);
    }
    await db.query(`CREATE INDEX agreement_search ON agreement USING gin (search_text public.gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX agreement_search`);
    await db.query(`ALTER TABLE agreement DROP COLUMN search_text`);
  }
}
