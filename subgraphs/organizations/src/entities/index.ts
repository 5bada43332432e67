import { MunicipalityEntity } from './municipality.entity';
import { OrganizationFigureEntity } from './organization-figure.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { ProvinceEntity } from './province.entity';
import { ShareholdingEntity } from './shareholding.entity';
import { StatementEntity } from './statement.entity';
import { SubsidiaryCompanyEntity } from './subsidiary-company.entity';

export {
  MunicipalityEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  PersonEntity,
  ProvinceEntity,
  ShareholdingEntity,
  StatementEntity,
  SubsidiaryCompanyEntity,
};

export const ENTITIES = [
  ProvinceEntity,
  OrganizationEntity,
  OrganizationFigureEntity,
  MunicipalityEntity,
  ShareholdingEntity,
  SubsidiaryCompanyEntity,
  PersonEntity,
  StatementEntity,
];
