import { dateView, historyPage, mapConnection, recordKey, type ConnectionArgs } from '@hamyar/shared';
import {
  AgreementAmendmentEntity,
  AgreementProjectEntity,
  type AgreementEntity,
  type AgreementPartyEntity,
  type EventAgendaItemEntity,
  type EventEntity,
  type EventParticipantEntity,
} from '../entities';
import type { GraphQLResolveInfo } from 'graphql';
import type { AgreementsContext } from '../loaders';
import { agreementsOf, type AgreementListArgs } from './agreement-lists';

export const Agreement = {
  __resolveReference(ref: { id: string }, ctx: AgreementsContext) {
    return ctx.loaders.agreement.load(ref.id);
  },
  title: (a: AgreementEntity) => a.titleFa,
  description: (a: AgreementEntity) => a.descriptionFa,
  signedOn: (a: AgreementEntity) => dateView(a.signedOn),
  terminatedOn: (a: AgreementEntity) => dateView(a.terminatedOn),
  event(a: AgreementEntity, _: unknown, ctx: AgreementsContext) {
    return a.eventId ? ctx.loaders.event.load(a.eventId) : null;
  },
  parties(a: AgreementEntity, _: unknown, ctx: AgreementsContext) {
    return ctx.loaders.parties.load(a.id);
  },
  async cooperationAreas(a: AgreementEntity, _: unknown, ctx: AgreementsContext) {
    const links = await ctx.loaders.areaLinks.load(a.id);
    return ctx.loaders.area.loadMany(links.map((link) => link.areaCode));
  },
  async projects(a: AgreementEntity, args: ConnectionArgs, ctx: AgreementsContext) {
    const links = await ctx.loaders.connections.load('Agreement.projects', args, a.id, (keys, page) => ({
      entity: AgreementProjectEntity,
      grouping: { column: 'agreement_id', keys },
      orderBy: ['project_id', 'id'],
      page,
    }));
    return mapConnection(links, (link) => ({ __typename: 'InvestmentProject', id: link.projectId }));
  },
  amendments(a: AgreementEntity, args: ConnectionArgs, ctx: AgreementsContext) {
    // Earliest first, by the version each produced within a day (index agreement_amendment_page).
    return ctx.loaders.connections.load('Agreement.amendments', args, a.id, (keys, page) => ({
      entity: AgreementAmendmentEntity,
      grouping: { column: 'agreement_id', keys },
      orderBy: ['amended_on', 'agreement_version', 'id'],
      page,
    }));
  },
  history(a: AgreementEntity, args: ConnectionArgs, ctx: AgreementsContext) {
    return historyPage(ctx.loaders.connections, 'Agreement', a.id, args);
  },
  sources(a: AgreementEntity, _: unknown, ctx: AgreementsContext) {
    return ctx.loaders.sources.load(recordKey('Agreement', a.id));
  },
};

export const EventParticipant = {
  name: (p: EventParticipantEntity) => p.nameFa,
  organization: (p: EventParticipantEntity) => (p.organizationId ? { __typename: 'Organization', id: p.organizationId } : null),
  person: (p: EventParticipantEntity) => (p.personId ? { __typename: 'Person', id: p.personId } : null),
};

export const AgendaItem = {
  title: (i: EventAgendaItemEntity) => i.titleFa,
};

export const Derivation = {
  reason: (d: { reasonFa: string }) => d.reasonFa,
};

export const AgreementAmendment = {
  amendedOn: (a: AgreementAmendmentEntity) => dateView(a.amendedOn),
  version: (a: AgreementAmendmentEntity) => a.agreementVersion,
};

export const AgreementParty = {
  organization: (p: AgreementPartyEntity) => (p.organizationId ? { __typename: 'Organization', id: p.organizationId } : null),
  name: (p: AgreementPartyEntity) => p.nameFa,
  province: (p: AgreementPartyEntity) => (p.provinceCode ? { __typename: 'Province', code: p.provinceCode } : null),
};

const agreementsAtEvent = agreementsOf('Event.agreements', (keys) => ({ column: 'event_id', keys }));

export const Event = {
  __resolveReference(ref: { id: string }, ctx: AgreementsContext) {
    return ctx.loaders.event.load(ref.id);
  },
  name: (e: EventEntity) => e.nameFa,
  city: (e: EventEntity) => e.cityFa,
  hostName: (e: EventEntity) => e.hostNameFa,
  heldOn: (e: EventEntity) => dateView(e.heldOn),
  convener: (e: EventEntity) => e.convenerFa,
  purpose: (e: EventEntity) => e.purposeFa,
  heldAsReported: (e: EventEntity) =>
    e.heldOnText === null
      ? null
      : {
          text: e.heldOnText,
          jalaliYear: e.heldJalaliYear,
          jalaliMonth: e.heldJalaliMonth,
          firstDay: e.heldJalaliFirstDay,
          lastDay: e.heldJalaliLastDay,
        },
  participants(e: EventEntity, _: unknown, ctx: AgreementsContext) {
    return ctx.loaders.participants.load(e.id);
  },
  agenda(e: EventEntity, _: unknown, ctx: AgreementsContext) {
    return ctx.loaders.agenda.load(e.id);
  },
  province: (e: EventEntity) => (e.provinceCode ? { __typename: 'Province', code: e.provinceCode } : null),
  hostOrganization: (e: EventEntity) => (e.hostOrganizationId ? { __typename: 'Organization', id: e.hostOrganizationId } : null),
  agreements: (e: EventEntity, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) =>
    agreementsAtEvent(e.id, args, ctx, info),
  sources(e: EventEntity, _: unknown, ctx: AgreementsContext) {
    return ctx.loaders.sources.load(recordKey('Event', e.id));
  },
};
