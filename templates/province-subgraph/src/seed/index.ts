import { CitationWriter, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { ITEM_RECORD, ItemEntity } from '../entities';
import { requiredTitle } from '../domain/item-title';
import { ITEMS } from './source-record';

/** Applied once per database; bump the version to apply a changed seed to databases that had the old one. */
export const SEED_NAME = '__NAME__/source-record/v1';

/** The province this subgraph belongs to: its items belong to the province's cooperation organization. */
export const PROVINCE_CODE = '__PROVINCE_CODE__';

export async function seedSourceRecord(manager: EntityManager): Promise<void> {
  const citations = new CitationWriter();
  for (const fact of ITEMS) {
    const id = stableId('__NAME__/item', fact.slug);
    await manager.insert(ItemEntity, {
      id,
      organizationId: seedIds.organization(PROVINCE_CODE),
      municipalityId: fact.municipalityEn ? seedIds.municipality(PROVINCE_CODE, fact.municipalityEn) : null,
      titleFa: requiredTitle(fact.titleFa, 'title'),
      titleEn: fact.titleEn,
      startedOn: fact.startedOn,
    });
    for (const source of fact.sources) citations.cite(ITEM_RECORD, id, source);
  }
  await citations.flush(manager);
}
