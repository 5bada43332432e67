import { NotFoundError, loadList, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import { ItemEntity } from '../entities';
import type { __NAME_PASCAL__Context } from '../loaders';

/** Every list of items is ordered by Persian title; the id breaks ties, so the order is total and cursors exact. */
export const ITEM_ORDER = ['title_fa', 'id'] as const;

export const Query = {
  async __CAMEL__Item(_: unknown, args: { id: string }, ctx: __NAME_PASCAL__Context) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.item.load(id)) ?? Promise.reject(new NotFoundError('__PASCAL__Item', id, 'id'));
  },
  __CAMEL__Items(_: unknown, args: ConnectionArgs, ctx: __NAME_PASCAL__Context) {
    return loadList(ctx.dataSource, { entity: ItemEntity, orderBy: ITEM_ORDER, page: pageRequest(args) });
  },
};
