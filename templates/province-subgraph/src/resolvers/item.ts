import { dateView, historyPage, recordKey, type ConnectionArgs } from '@hamyar/shared';
import { ITEM_RECORD, type ItemEntity } from '../entities';
import type { __NAME_PASCAL__Context } from '../loaders';

export const __PASCAL__Item = {
  __resolveReference(ref: { id: string }, ctx: __NAME_PASCAL__Context) {
    return ctx.loaders.item.load(ref.id);
  },
  title: (item: ItemEntity) => item.titleFa,
  // References to the organizations subgraph's entities: their key only, that subgraph resolves the rest.
  organization: (item: ItemEntity) => ({ __typename: 'Organization', id: item.organizationId }),
  municipality: (item: ItemEntity) => (item.municipalityId ? { __typename: 'Municipality', id: item.municipalityId } : null),
  startedOn: (item: ItemEntity) => dateView(item.startedOn),
  sources(item: ItemEntity, _: unknown, ctx: __NAME_PASCAL__Context) {
    return ctx.loaders.sources.load(recordKey(ITEM_RECORD, item.id));
  },
  history(item: ItemEntity, args: ConnectionArgs, ctx: __NAME_PASCAL__Context) {
    return historyPage(ctx.loaders.connections, ITEM_RECORD, item.id, args);
  },
};
