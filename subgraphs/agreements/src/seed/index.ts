import { CitationWriter, jalaliToIso, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { AgreementAreaEntity, AgreementEntity, AgreementPartyEntity, AgreementProjectEntity, CooperationAreaEntity } from '../entities';
import { normalizeAgreementNumber } from '../domain/agreement-number';
import { agreementSearchText } from '../domain/agreement-search-text';
import { AGREEMENTS, COOPERATION_AREAS } from './source-record';
import { writeAgreementCitations, writeEvents } from './record-additions';

export { SEED_NAME } from './seed-name';

const eventId = seedIds.event;

export async function seedSourceRecord(manager: EntityManager): Promise<void> {
  const citations = new CitationWriter();
  await manager.insert(
    CooperationAreaEntity,
    COOPERATION_AREAS.map((a) => ({ ...a })),
  );

  await writeEvents(manager);

  for (const fact of AGREEMENTS) {
    const id = seedIds.agreement(fact.slug);
    const searchable = {
      number: normalizeAgreementNumber(fact.numberAsReported),
      numberAsReported: fact.numberAsReported,
      titleFa: fact.titleFa,
      titleEn: fact.titleEn,
      descriptionFa: fact.descriptionFa,
    };
    await manager.insert(AgreementEntity, {
      id,
      ...searchable,
      searchText: agreementSearchText(searchable),
      signedOn: fact.signedOnJalali ? jalaliToIso(fact.signedOnJalali, 'signedOn') : null,
      status: fact.status,
      eventId: fact.eventSlug ? eventId(fact.eventSlug) : null,
      expectedJobs: null,
      derivations: [...(fact.derivations ?? [])],
      isSynthetic: false,
      // As the migration backfills it: the province of the first cooperation-organization party.
      registeredBy: fact.parties.find((party) => party.isCooperationOrganization && party.provinceCode)?.provinceCode ?? null,
    });
    await manager.insert(
      AgreementPartyEntity,
      fact.parties.map((party, position) => ({
        id: stableId('agreement-party', `${fact.slug}/${position}`),
        agreementId: id,
        organizationId: party.isCooperationOrganization && party.provinceCode ? seedIds.organization(party.provinceCode) : null,
        nameFa: party.nameFa ?? null,
        nameEn: party.nameEn ?? null,
        provinceCode: party.provinceCode ?? null,
        role: party.role,
        position,
      })),
    );
    await manager.insert(
      AgreementAreaEntity,
      fact.areas.map((areaCode, position) => ({ agreementId: id, areaCode, position })),
    );
    for (const projectSlug of fact.projectSlugs) {
      await manager.insert(AgreementProjectEntity, {
        id: stableId('agreement-project', `${fact.slug}/${projectSlug}`),
        agreementId: id,
        projectId: seedIds.project(projectSlug),
      });
    }
    for (const source of fact.sources) citations.cite('Agreement', id, source);
  }
  await citations.flush(manager);
  await writeAgreementCitations(manager);
}
