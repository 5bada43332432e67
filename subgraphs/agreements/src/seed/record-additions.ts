import { citeOnce, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { AGREEMENTS, EVENTS, SUMMIT_AREAS_DERIVATION, SUMMIT_AREAS_SOURCE, SUMMIT_SIGNED_SOURCE } from './source-record';

/**
 * The events of the record in full (kind, when as reported, participants, agenda, qualified figures) and the
 * citations added after the first seed. Plain SQL and idempotent (rows by stable id, details set, citations
 * once): the same function writes a fresh seed's events and completes a database seeded before them.
 */
export async function writeEvents(manager: EntityManager): Promise<void> {
  for (const event of EVENTS) {
    const id = seedIds.event(event.slug);
    await manager.query(
      `INSERT INTO event (id, name_fa, name_en, city_fa, province_code, host_organization_id, host_name_fa, held_on,
                          reported_agreement_count, reported_partner_province_count, expected_direct_jobs)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
      [
        id,
        event.nameFa,
        event.nameEn,
        event.cityFa,
        event.provinceCode,
        event.hostProvinceCode ? seedIds.organization(event.hostProvinceCode) : null,
        event.hostNameFa,
        event.reportedAgreementCount,
        event.reportedPartnerProvinceCount,
        event.expectedDirectJobs?.value ?? null,
      ],
    );
    await manager.query(
      `UPDATE event SET kind = $2, status = $3, held_on_text = $4, held_jalali_year = $5, held_jalali_month = $6,
                        held_jalali_first_day = $7, held_jalali_last_day = $8, duration_days = $9, purpose_fa = $10,
                        purpose_en = $11, convener_fa = $12, convener_en = $13, expected_direct_jobs_qualifier = $14
        WHERE id = $1`,
      [
        id,
        event.kind,
        event.status,
        event.heldOnText ?? null,
        event.heldJalali?.year ?? null,
        event.heldJalali?.month ?? null,
        event.heldJalali?.firstDay ?? null,
        event.heldJalali?.lastDay ?? null,
        event.durationDays ?? null,
        event.purposeFa ?? null,
        event.purposeEn ?? null,
        event.convenerFa ?? null,
        event.convenerEn ?? null,
        event.expectedDirectJobs?.qualifier ?? null,
      ],
    );
    for (const [position, p] of event.participants.entries()) {
      await manager.query(
        `INSERT INTO event_participant (id, event_id, position, name_fa, name_en, role, organization_id, person_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [
          stableId('event-participant', `${event.slug}/${position}`),
          id,
          position,
          p.nameFa,
          p.nameEn,
          p.role,
          p.organizationProvinceCode ? seedIds.organization(p.organizationProvinceCode) : null,
          p.personSlug ? seedIds.person(p.personSlug) : null,
        ],
      );
    }
    for (const [position, item] of event.agenda.entries()) {
      await manager.query(
        `INSERT INTO event_agenda_item (id, event_id, position, title_fa, title_en, outcome)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [stableId('event-agenda-item', `${event.slug}/${position}`), id, position, item.titleFa, item.titleEn, item.outcome ?? null],
      );
    }
    for (const source of event.sources) await citeOnce(manager, 'Event', id, source);
  }
}

/**
 * Citations of the agreements added after the first seed: for each summit agreement, the passages its status
 * (signed) and its derived areas come from.
 */
export async function writeAgreementCitations(manager: EntityManager): Promise<void> {
  for (const fact of AGREEMENTS) {
    if (!fact.derivations?.includes(SUMMIT_AREAS_DERIVATION)) continue;
    await citeOnce(manager, 'Agreement', seedIds.agreement(fact.slug), SUMMIT_SIGNED_SOURCE);
    await citeOnce(manager, 'Agreement', seedIds.agreement(fact.slug), SUMMIT_AREAS_SOURCE);
  }
}
