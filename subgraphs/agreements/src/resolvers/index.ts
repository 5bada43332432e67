import { Agreement, AgreementParty, Event } from './agreement';
import { InvestmentProject, Organization, Province } from './extended-entities';
import { Query } from './query';

export const resolvers = { Query, Agreement, AgreementParty, Event, Organization, Province, InvestmentProject };
