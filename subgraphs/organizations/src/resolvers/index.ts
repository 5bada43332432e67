import { Municipality, Shareholding, SubsidiaryCompany } from './municipality';
import { Mutation } from './mutation';
import { Organization, OrganizationFigure } from './organization';
import { Person } from './person';
import { Province } from './province';
import { Query } from './query';
import { SourceReport } from './source-report';
import { Statement } from './statement';

export const resolvers = {
  Query,
  Mutation,
  Province,
  Organization,
  OrganizationFigure,
  Municipality,
  Shareholding,
  SubsidiaryCompany,
  Person,
  Statement,
  SourceReport,
};
