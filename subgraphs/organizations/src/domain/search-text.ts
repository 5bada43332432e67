import { searchText } from '@hamyar/shared';
import type { MunicipalityEntity, OrganizationEntity, ProvinceEntity, SubsidiaryCompanyEntity } from '../entities';

/**
 * What each record is found by. Written with every create and update (and by the seed), so `search_text`
 * always matches the fields it is made of.
 */
export const organizationSearchText = (o: Pick<OrganizationEntity, 'nameFa' | 'nameEn' | 'ceoNameFa' | 'ceoNameEn'>) =>
  searchText(o.nameFa, o.nameEn, o.ceoNameFa, o.ceoNameEn);

export const municipalitySearchText = (m: Pick<MunicipalityEntity, 'nameFa' | 'nameEn'>) => searchText(m.nameFa, m.nameEn);

export const provinceSearchText = (p: Pick<ProvinceEntity, 'code' | 'nameFa' | 'nameEn' | 'capitalFa' | 'capitalEn'>) =>
  searchText(p.code, p.nameFa, p.nameEn, p.capitalFa, p.capitalEn);

export const subsidiarySearchText = (c: Pick<SubsidiaryCompanyEntity, 'nameFa' | 'nameEn' | 'activityFa' | 'activityEn' | 'locationFa'>) =>
  searchText(c.nameFa, c.nameEn, c.activityFa, c.activityEn, c.locationFa);
