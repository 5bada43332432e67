import { loadList, nodeColumns, NotFoundError, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { agreementConditions, agreementSort, type AgreementFilterInput } from '../domain/agreement-filter';
import { AgreementEntity, EventEntity } from '../entities';
import { loadAgreementNetwork } from '../loaders/agreement-network';
import type { AgreementsContext } from '../loaders';
import { AGREEMENT_COLUMNS } from './agreement-columns';
import type { AgreementListArgs } from './agreement-lists';

export const Query = {
  async agreement(_: unknown, args: { id: string }, ctx: AgreementsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.agreement.load(id)) ?? Promise.reject(new NotFoundError('Agreement', id, 'id'));
  },
  agreements(_: unknown, args: AgreementListArgs, ctx: AgreementsContext, info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    const sort = agreementSort(args.orderBy);
    const where = agreementConditions(args.filter, 'filter', sort);
    return loadList(ctx.dataSource, { entity: AgreementEntity, ...sort, where, page, select: nodeColumns(info, AGREEMENT_COLUMNS) });
  },
  async agreementNetwork(_: unknown, args: { filter?: AgreementFilterInput | null }, ctx: AgreementsContext) {
    const network = await loadAgreementNetwork(ctx.dataSource, agreementConditions(args.filter));
    const { agreementCount: totalAgreements, ...totals } = network.totals;
    return {
      totalAgreements,
      ...totals,
      edges: network.edges.map((edge) => ({
        ...edge,
        from: { __typename: 'Province', code: edge.from },
        to: { __typename: 'Province', code: edge.to },
        // Every agreement of the edge that has areas has only derived ones.
        areasAreDerived:
          edge.agreementsWithDerivedAreas > 0 && edge.agreementsWithDerivedAreas === edge.agreementCount - edge.agreementsWithoutAreas,
      })),
    };
  },
  async event(_: unknown, args: { id: string }, ctx: AgreementsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.event.load(id)) ?? Promise.reject(new NotFoundError('Event', id, 'id'));
  },
  events(_: unknown, args: ConnectionArgs, ctx: AgreementsContext) {
    return loadList(ctx.dataSource, { entity: EventEntity, orderBy: ['name_fa', 'id'], page: pageRequest(args) });
  },
};
