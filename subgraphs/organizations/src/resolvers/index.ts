import { Municipality, Shareholding, SubsidiaryCompany } from './municipality';
import { Organization, OrganizationFigure } from './organization';
import { Province } from './province';
import { Query } from './query';

export const resolvers = { Query, Province, Organization, OrganizationFigure, Municipality, Shareholding, SubsidiaryCompany };
