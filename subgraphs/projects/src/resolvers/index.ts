import { Municipality, Organization, Province } from './extended-entities';
import { FundingSource, InvestmentProject } from './investment-project';
import { Query } from './query';

export const resolvers = { Query, InvestmentProject, FundingSource, Organization, Province, Municipality };
