import { RecordCorrection, seedIds } from '@hamyar/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeAgreementCitations, writeEvents } from '../seed/record-additions';
import { AGREEMENTS, SUMMIT_AREAS_DERIVATION } from '../seed/source-record';
import { SEED_NAME } from '../seed/seed-name';

export const SUMMIT_AREAS_CORRECTION =
  "Correction of the source record: the fifteen cooperation areas are reported for the summit's MoUs with all twelve " +
  'provinces together ("مهمترین محورهای تفاهم سازمان همیاری خراسان رضوی با سازمان های همیاری این 12 استان"); the record ' +
  'applies them to each pair, which is now marked as derived, with this reason.';

/**
 * Events as their reports tell them: kind, held or announced, the day only as far as the report gives it,
 * participants and agenda, and a forecast that keeps its qualifier ("over 20,000" jobs). Agreements say which
 * of their values the record derived. On a database seeded before this, the events are completed, the
 * summit's agreements get their derivation (in their history, with the reason) and the new events are added.
 */
export class FaithfulRecord1767000000300 implements MigrationInterface {
  name = 'FaithfulRecord1767000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE event
        ADD COLUMN expected_direct_jobs_qualifier varchar(10) CHECK (expected_direct_jobs_qualifier IN ('EXACT', 'AT_LEAST', 'ABOUT', 'AT_MOST')),
        ADD COLUMN kind varchar(20) CHECK (kind IN ('SUMMIT', 'MEETING', 'COMMITTEE_MEETING', 'COUNCIL_MEETING', 'CONFERENCE', 'STARTUP_EVENT')),
        ADD COLUMN status varchar(10) CHECK (status IN ('HELD', 'ANNOUNCED')),
        ADD COLUMN held_on_text text,
        ADD COLUMN held_jalali_year integer,
        ADD COLUMN held_jalali_month integer CHECK (held_jalali_month BETWEEN 1 AND 12),
        ADD COLUMN held_jalali_first_day integer CHECK (held_jalali_first_day BETWEEN 1 AND 31),
        ADD COLUMN held_jalali_last_day integer CHECK (held_jalali_last_day BETWEEN 1 AND 31),
        ADD COLUMN duration_days integer CHECK (duration_days > 0),
        ADD COLUMN purpose_fa text,
        ADD COLUMN purpose_en text,
        ADD COLUMN convener_fa text,
        ADD COLUMN convener_en text`);
    await db.query(`UPDATE event SET expected_direct_jobs_qualifier = 'EXACT' WHERE expected_direct_jobs IS NOT NULL`);
    await db.query(`
      CREATE TABLE event_participant (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name_fa text NOT NULL,
        name_en text,
        role varchar(20) NOT NULL CHECK (role IN ('HOST', 'CONVENER', 'PARTICIPANT', 'SPEAKER', 'ANNOUNCER', 'VISITED')),
        organization_id uuid,
        person_id uuid
      )`);
    await db.query(`CREATE INDEX event_participant_event ON event_participant (event_id, position)`);
    await db.query(`
      CREATE TABLE event_agenda_item (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        position integer NOT NULL,
        title_fa text NOT NULL,
        title_en text NOT NULL,
        outcome varchar(20) CHECK (outcome IN ('APPROVED'))
      )`);
    await db.query(`CREATE INDEX event_agenda_item_event ON event_agenda_item (event_id, position)`);
    await db.query(`ALTER TABLE agreement ADD COLUMN derivations jsonb NOT NULL DEFAULT '[]'`);

    if (!(await RecordCorrection.seeded(db, SEED_NAME))) return;
    // The seeded summit figure is "over 20,000" (بیش از 20 هزار): a lower bound, not 20,000.
    await writeEvents(db.manager);
    const correction = new RecordCorrection(db, SUMMIT_AREAS_CORRECTION);
    for (const fact of AGREEMENTS.filter((a) => a.derivations?.includes(SUMMIT_AREAS_DERIVATION))) {
      await correction.update('agreement', 'Agreement', seedIds.agreement(fact.slug), [
        { column: 'derivations', field: 'derivations', expected: [], value: fact.derivations },
      ]);
    }
    await writeAgreementCitations(db.manager);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE agreement DROP COLUMN derivations`);
    await db.query(`DROP TABLE event_agenda_item`);
    await db.query(`DROP TABLE event_participant`);
    for (const column of [
      'expected_direct_jobs_qualifier',
      'kind',
      'status',
      'held_on_text',
      'held_jalali_year',
      'held_jalali_month',
      'held_jalali_first_day',
      'held_jalali_last_day',
      'duration_days',
      'purpose_fa',
      'purpose_en',
      'convener_fa',
      'convener_en',
    ]) {
      await db.query(`ALTER TABLE event DROP COLUMN ${column}`);
    }
  }
}
