import { NotFoundError, loadList, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import { AgreementEntity, EventEntity } from '../entities';
import type { AgreementsContext } from '../loaders';
import { AGREEMENT_ORDER } from './agreement-lists';

export const Query = {
  async agreement(_: unknown, args: { id: string }, ctx: AgreementsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.agreement.load(id)) ?? Promise.reject(new NotFoundError('Agreement', id, 'id'));
  },
  agreements(_: unknown, args: ConnectionArgs, ctx: AgreementsContext) {
    return loadList(ctx.dataSource, { entity: AgreementEntity, ...AGREEMENT_ORDER, page: pageRequest(args) });
  },
  async event(_: unknown, args: { id: string }, ctx: AgreementsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.event.load(id)) ?? Promise.reject(new NotFoundError('Event', id, 'id'));
  },
  events(_: unknown, args: ConnectionArgs, ctx: AgreementsContext) {
    return loadList(ctx.dataSource, { entity: EventEntity, orderBy: ['name_fa', 'id'], page: pageRequest(args) });
  },
};
