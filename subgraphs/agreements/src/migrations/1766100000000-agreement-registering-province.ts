import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The province that registered an agreement: agreement-level changes (fields, amendments, termination) are
 * its editors' (or a national admin's), not every party's. Null: registered nationally. Agreements recorded
 * before this column existed take the province of their first cooperation-organization party, the one the
 * record lists first as reporting it; those with none stay national.
 */
export class AgreementRegisteringProvince1766100000000 implements MigrationInterface {
  name = 'AgreementRegisteringProvince1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement ADD COLUMN registered_by varchar(5) CHECK (registered_by ~ '^IR-[0-9]{2}$')`);
    await db.query(`
      UPDATE agreement a SET registered_by = (
        SELECT p.province_code FROM agreement_party p
        WHERE p.agreement_id = a.id AND p.organization_id IS NOT NULL AND p.province_code IS NOT NULL
        ORDER BY p.position LIMIT 1)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement DROP COLUMN registered_by`);
  }
}
