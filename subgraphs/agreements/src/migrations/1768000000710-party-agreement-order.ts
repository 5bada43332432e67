import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Province.agreements` and `Organization.agreements` page an agreement list newest first per province or
 * organization, reached through the agreement's parties. Without the sort key on the party rows the page
 * walked every agreement in signing order and probed its parties for the parent: at 300,000 agreements about
 * 15 agreements walked per hit, 22 ms of SQL for 31 provinces. With the agreement's `signed_order` copied
 * onto its parties, (province_code, agreement_signed_order, agreement_id) is one index whose range from the
 * cursor is the page (page-sql.ts, Grouping.sortCopies); the agreement rows are then read by primary key.
 *
 * The copy is kept by triggers, never by the application: a party takes its agreement's value on insert (and
 * when it moves to another agreement, or anyone writes the copy itself), and an agreement whose signing day
 * changes passes it to its parties. The trigger on agreement is created before the backfill and the party
 * table is locked by the ALTER, inside the migration's transaction, so no write falls between the backfill
 * and the triggers. `SET search_path FROM CURRENT` pins the functions to the subgraph's schema. The indexes
 * on province_code and organization_id alone are prefixes of the new ones and are dropped.
 */
export class PartyAgreementOrder1768000000710 implements MigrationInterface {
  name = 'PartyAgreementOrder1768000000710';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement_party ADD COLUMN agreement_signed_order date`);
    await db.query(`
      CREATE FUNCTION agreement_signed_order_to_parties() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        UPDATE agreement_party SET agreement_signed_order = NEW.signed_order
        WHERE agreement_id = NEW.id AND agreement_signed_order IS DISTINCT FROM NEW.signed_order;
        RETURN NULL;
      END
      $fn$`);
    // AFTER: the generated signed_order is computed by then.
    await db.query(`
      CREATE TRIGGER agreement_signed_order_to_parties AFTER UPDATE OF signed_on ON agreement
      FOR EACH ROW WHEN (OLD.signed_order IS DISTINCT FROM NEW.signed_order)
      EXECUTE FUNCTION agreement_signed_order_to_parties()`);
    await db.query(`
      UPDATE agreement_party l SET agreement_signed_order = a.signed_order FROM agreement a WHERE a.id = l.agreement_id`);
    await db.query(`
      CREATE FUNCTION agreement_party_take_signed_order() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        NEW.agreement_signed_order := (SELECT a.signed_order FROM agreement a WHERE a.id = NEW.agreement_id);
        RETURN NEW;
      END
      $fn$`);
    await db.query(`
      CREATE TRIGGER agreement_party_take_signed_order BEFORE INSERT OR UPDATE OF agreement_id, agreement_signed_order ON agreement_party
      FOR EACH ROW EXECUTE FUNCTION agreement_party_take_signed_order()`);
    await db.query(`ALTER TABLE agreement_party ALTER COLUMN agreement_signed_order SET NOT NULL`);
    await db.query(
      `CREATE INDEX agreement_party_province_page ON agreement_party (province_code, agreement_signed_order DESC, agreement_id DESC)`,
    );
    await db.query(
      `CREATE INDEX agreement_party_organization_page ON agreement_party (organization_id, agreement_signed_order DESC, agreement_id DESC)`,
    );
    await db.query(`DROP INDEX agreement_party_province`);
    await db.query(`DROP INDEX agreement_party_organization`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX agreement_party_organization ON agreement_party (organization_id)`);
    await db.query(`CREATE INDEX agreement_party_province ON agreement_party (province_code)`);
    await db.query(`DROP INDEX agreement_party_organization_page`);
    await db.query(`DROP INDEX agreement_party_province_page`);
    await db.query(`DROP TRIGGER agreement_party_take_signed_order ON agreement_party`);
    await db.query(`DROP FUNCTION agreement_party_take_signed_order()`);
    await db.query(`DROP TRIGGER agreement_signed_order_to_parties ON agreement`);
    await db.query(`DROP FUNCTION agreement_signed_order_to_parties()`);
    await db.query(`ALTER TABLE agreement_party DROP COLUMN agreement_signed_order`);
  }
}
