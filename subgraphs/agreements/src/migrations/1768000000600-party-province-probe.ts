import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Province.agreements` pages a province's agreements, reached through their parties' province. The planner
 * walks the agreement list in its order and probes each agreement's parties for the province (about 15
 * agreements walked per hit at national scale); with the province in the index the probe is an index-only
 * lookup of (agreement, province) instead of an index lookup plus a visit to every party row. The index it
 * supersedes (a prefix of it) is dropped.
 */
export class PartyProvinceProbe1768000000600 implements MigrationInterface {
  name = 'PartyProvinceProbe1768000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX agreement_party_agreement_province ON agreement_party (agreement_id, province_code)`);
    await db.query(`DROP INDEX agreement_party_agreement`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX agreement_party_agreement ON agreement_party (agreement_id)`);
    await db.query(`DROP INDEX agreement_party_agreement_province`);
  }
}
