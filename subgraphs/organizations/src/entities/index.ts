import { MunicipalityEntity } from './municipality.entity';
import { OrganizationFigureEntity } from './organization-figure.entity';
import { OrganizationEntity } from './organization.entity';
import { ProvinceEntity } from './province.entity';
import { ShareholdingEntity } from './shareholding.entity';
import { SubsidiaryCompanyEntity } from './subsidiary-company.entity';

export {
  MunicipalityEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  ProvinceEntity,
  ShareholdingEntity,
  SubsidiaryCompanyEntity,
};

export const ENTITIES = [
  ProvinceEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  MunicipalityEntity,
  ShareholdingEntity,
  SubsidiaryCompanyEntity,
];
