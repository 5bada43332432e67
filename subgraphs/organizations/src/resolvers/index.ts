import { Municipality, Shareholding, SubsidiaryCompany } from './municipality';
import { Mutation } from './mutation';
import { Organization, OrganizationFigure } from './organization';
import { Province } from './province';
import { Query } from './query';

export const resolvers = { Query, Mutation, Province, Organization, OrganizationFigure, Municipality, Shareholding, SubsidiaryCompany };
