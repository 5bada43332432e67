import { CitationWriter, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { INITIATIVE_RECORD, SmartCityInitiativeEntity } from '../entities';
import { INITIATIVES } from './source-record';

/** Applied once per database; bump the version to apply a changed seed to databases that had the old one. */
export const SEED_NAME = 'fars-smart-city/source-record/v1';

/** The province this subgraph belongs to: its initiatives are Fars's cooperation organization's. */
export const PROVINCE_CODE = 'IR-07';

/** The id of a seeded initiative, derived from its slug, so every database names it alike. */
export function initiativeId(slug: string): string {
  return stableId('fars-smart-city/initiative', slug);
}

export async function seedSourceRecord(manager: EntityManager): Promise<void> {
  const citations = new CitationWriter();
  for (const fact of INITIATIVES) {
    const id = initiativeId(fact.slug);
    await manager.insert(SmartCityInitiativeEntity, {
      id,
      organizationId: seedIds.organization(PROVINCE_CODE),
      // The report does not name the municipality.
      municipalityId: null,
      titleFa: fact.titleFa,
      titleEn: fact.titleEn,
      area: fact.area,
      status: fact.status,
    });
    for (const source of fact.sources) citations.cite(INITIATIVE_RECORD, id, source);
  }
  await citations.flush(manager);
}
