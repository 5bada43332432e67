import { Municipality, Organization, Province, SourceReport } from './extended-entities';
import { FundingSource, InvestmentProject, Milestone, ProgressReport } from './investment-project';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = {
  Query,
  Mutation,
  InvestmentProject,
  FundingSource,
  Milestone,
  ProgressReport,
  Organization,
  Province,
  Municipality,
  SourceReport,
};
