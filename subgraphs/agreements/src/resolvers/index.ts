import { AgendaItem, Agreement, AgreementAmendment, AgreementParty, Derivation, Event, EventParticipant } from './agreement';
import { InvestmentProject, Organization, Province, SourceReport } from './extended-entities';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = {
  Query,
  Mutation,
  Agreement,
  AgreementAmendment,
  AgreementParty,
  Event,
  EventParticipant,
  AgendaItem,
  Derivation,
  Organization,
  Province,
  InvestmentProject,
  SourceReport,
};
