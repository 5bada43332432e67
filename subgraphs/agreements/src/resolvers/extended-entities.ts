import { citationsOfReport, type ConnectionArgs } from '@hamyar/shared';
import type { GraphQLResolveInfo } from 'graphql';
import type { AgreementsContext } from '../loaders';
import { agreementsOf, type AgreementListArgs } from './agreement-lists';

/** The parties hold their agreement's newest-first key (indexes agreement_party_{province,organization}_page). */
const PARTY_SORT_COPIES = { signed_order: 'agreement_signed_order' };
const ofOrganization = agreementsOf('Organization.agreements', (keys) => ({
  via: 'agreement_party',
  rowColumn: 'agreement_id',
  keyColumn: 'organization_id',
  keys,
  sortCopies: PARTY_SORT_COPIES,
}));
const ofProvince = agreementsOf('Province.agreements', (keys) => ({
  via: 'agreement_party',
  rowColumn: 'agreement_id',
  keyColumn: 'province_code',
  keys,
  sortCopies: PARTY_SORT_COPIES,
}));
const ofProject = agreementsOf('InvestmentProject.agreements', (keys) => ({
  via: 'agreement_project',
  rowColumn: 'agreement_id',
  keyColumn: 'project_id',
  keys,
}));

/** Entities owned by other subgraphs, which this subgraph extends with their agreements. */
export const Organization = {
  agreements: (o: { id: string }, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) =>
    ofOrganization(o.id, args, ctx, info),
};

export const Province = {
  agreements: (p: { code: string }, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) =>
    ofProvince(p.code, args, ctx, info),
};

export const InvestmentProject = {
  agreements: (p: { id: string }, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) =>
    ofProject(p.id, args, ctx, info),
};

export const SourceReport = {
  __resolveReference: (ref: { id: string }) => ref,
  agreementsCitations: (r: { id: string }, args: ConnectionArgs, ctx: AgreementsContext) =>
    citationsOfReport(ctx.loaders.connections, 'SourceReport.agreementsCitations', r.id, args),
};
