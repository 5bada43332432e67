import { CitationWriter, PROVINCES, seedIds, stableId } from '@hamyar/shared';
import type { EntityManager } from 'typeorm';
import {
  MunicipalityEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  ProvinceEntity,
  ShareholdingEntity,
  SubsidiaryCompanyEntity,
} from '../entities';
import {
  CEOS,
  FIGURES,
  MUNICIPALITY_FACTS,
  SHAREHOLDINGS,
  SUBSIDIARIES,
  SUMMIT_PARTNERS_SOURCE,
  SUMMIT_PARTNER_PROVINCES,
} from './source-record';
import { writeRecordAdditions } from './record-additions';
import { municipalitySearchText, organizationSearchText, provinceSearchText, subsidiarySearchText } from '../domain/search-text';

export { SEED_NAME } from './seed-name';

export async function seedSourceRecord(manager: EntityManager): Promise<void> {
  const citations = new CitationWriter();
  const cite = citations.cite.bind(citations);
  const { organization: organizationId, municipality: municipalityId } = seedIds;

  await manager.insert(
    ProvinceEntity,
    PROVINCES.map((p) => ({ ...p, searchText: provinceSearchText(p) })),
  );
  PROVINCES.forEach((p) => cite('Province', p.code, null));

  await manager.insert(
    OrganizationEntity,
    PROVINCES.map((p) => {
      const ceo = CEOS.find((c) => c.provinceCode === p.code);
      const fields = {
        nameFa: `سازمان همیاری شهرداری‌های استان ${p.nameFa}`,
        nameEn: `Municipalities Cooperation Organization of ${p.nameEn} Province`,
        ceoNameFa: ceo?.nameFa ?? null,
        ceoNameEn: ceo?.nameEn ?? null,
      };
      return { id: organizationId(p.code), provinceCode: p.code, ...fields, searchText: organizationSearchText(fields) };
    }),
  );
  for (const p of PROVINCES) {
    const id = organizationId(p.code);
    cite('Organization', id, null);
    const ceo = CEOS.find((c) => c.provinceCode === p.code);
    if (ceo) cite('Organization', id, ceo.source);
    if (SUMMIT_PARTNER_PROVINCES.includes(p.code)) cite('Organization', id, SUMMIT_PARTNERS_SOURCE);
  }

  await manager.insert(
    OrganizationFigureEntity,
    FIGURES.map((f, index) => ({
      id: stableId('figure', `${f.provinceCode}/${index}`),
      organizationId: organizationId(f.provinceCode),
      metric: f.metric,
      kind: f.kind,
      value: f.value,
      qualifier: f.qualifier,
      asOfText: f.asOfText,
      asOf: null,
      reportId: f.source.reportId,
      excerpt: f.source.excerpt,
    })),
  );

  const municipalities = PROVINCES.map((p) => {
    const fact = MUNICIPALITY_FACTS.find((m) => m.provinceCode === p.code && m.nameEn === p.capitalEn);
    return {
      provinceCode: p.code,
      nameFa: p.capitalFa,
      nameEn: p.capitalEn,
      isProvincialCapital: true,
      isMetropolis: fact?.isMetropolis ?? null,
    };
  });
  for (const fact of MUNICIPALITY_FACTS) {
    if (!municipalities.some((m) => m.provinceCode === fact.provinceCode && m.nameEn === fact.nameEn)) municipalities.push({ ...fact });
  }
  await manager.insert(
    MunicipalityEntity,
    municipalities.map((m) => ({ id: municipalityId(m.provinceCode, m.nameEn), ...m, searchText: municipalitySearchText(m) })),
  );
  for (const m of municipalities) {
    const id = municipalityId(m.provinceCode, m.nameEn);
    const fact = MUNICIPALITY_FACTS.find((f) => f.provinceCode === m.provinceCode && f.nameEn === m.nameEn);
    if (m.isProvincialCapital) cite('Municipality', id, null);
    if (fact) cite('Municipality', id, fact.source);
  }

  for (const s of SHAREHOLDINGS) {
    const id = stableId('shareholding', `${s.provinceCode}/${s.municipalityEn}`);
    await manager.insert(ShareholdingEntity, {
      id,
      organizationId: organizationId(s.provinceCode),
      municipalityId: municipalityId(s.provinceCode, s.municipalityEn),
      percent: s.percent,
      isAmongLargest: s.isAmongLargest,
    });
    cite('Shareholding', id, s.source);
  }

  for (const s of SUBSIDIARIES) {
    const id = stableId('subsidiary', `${s.provinceCode}/${s.nameEn}`);
    const { source, provinceCode, ...fields } = s;
    await manager.insert(SubsidiaryCompanyEntity, {
      id,
      organizationId: organizationId(provinceCode),
      ...fields,
      searchText: subsidiarySearchText(fields),
    });
    cite('SubsidiaryCompany', id, source);
  }

  await citations.flush(manager);
  await writeRecordAdditions(manager);
}
