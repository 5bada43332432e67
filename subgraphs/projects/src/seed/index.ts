import { CitationWriter, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import { FundingSourceEntity, InvestmentProjectEntity, ProjectPartyEntity } from '../entities';
import { budgetFromReport } from '../domain/budget';
import { projectSearchText } from '../domain/project-record';
import { PROJECTS } from './source-record';

export { SEED_NAME } from './seed-name';

export async function seedSourceRecord(manager: EntityManager): Promise<void> {
  const citations = new CitationWriter();
  for (const fact of PROJECTS) {
    const id = seedIds.project(fact.slug);
    const budget = fact.budget ? budgetFromReport(fact.budget.min, fact.budget.max, fact.budget.unit) : null;
    await manager.insert(InvestmentProjectEntity, {
      id,
      organizationId: seedIds.organization(fact.provinceCode),
      provinceCode: fact.provinceCode,
      municipalityId: null,
      titleFa: fact.titleFa,
      titleEn: fact.titleEn,
      descriptionFa: fact.descriptionFa,
      sector: fact.sector,
      status: fact.status,
      budgetMinRials: budget?.minRials.toString() ?? null,
      budgetMaxRials: budget?.maxRials.toString() ?? null,
      budgetReportedText: fact.budget?.text ?? null,
      budgetReportedUnit: fact.budget?.unit ?? null,
      isSynthetic: false,
      startedJalaliYear: null,
      searchText: projectSearchText({ titleFa: fact.titleFa, titleEn: fact.titleEn, descriptionFa: fact.descriptionFa }),
    });
    for (const [index, funding] of (fact.funding ?? []).entries()) {
      await manager.insert(FundingSourceEntity, {
        id: stableId('funding', `${fact.slug}/${index}`),
        projectId: id,
        kind: funding.kind,
        nameFa: funding.nameFa,
        amountRials: null,
      });
    }
    for (const [index, party] of (fact.parties ?? []).entries()) {
      await manager.insert(ProjectPartyEntity, { id: stableId('project-party', `${fact.slug}/${index}`), projectId: id, ...party });
    }
    for (const source of fact.sources) citations.cite('InvestmentProject', id, source);
  }
  await citations.flush(manager);
}
