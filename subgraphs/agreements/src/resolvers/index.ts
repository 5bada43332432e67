import { Agreement, AgreementAmendment, AgreementParty, Event } from './agreement';
import { InvestmentProject, Organization, Province } from './extended-entities';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = { Query, Mutation, Agreement, AgreementAmendment, AgreementParty, Event, Organization, Province, InvestmentProject };
