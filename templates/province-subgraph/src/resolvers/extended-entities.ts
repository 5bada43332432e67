import type { ConnectionArgs } from '@hamyar/shared';
import { ItemEntity } from '../entities';
import type { __NAME_PASCAL__Context } from '../loaders';
import { ITEM_ORDER } from './query';

/** The items whose `column` holds the parent's key: one statement for all parents of a request. */
function itemsBy(field: string, column: string) {
  return (key: string, args: ConnectionArgs, ctx: __NAME_PASCAL__Context) =>
    ctx.loaders.connections.load(field, args, key, (keys, page) => ({
      entity: ItemEntity,
      grouping: { column, keys },
      orderBy: ITEM_ORDER,
      page,
    }));
}

const byOrganization = itemsBy('Organization.__CAMEL__Items', 'organization_id');
const byMunicipality = itemsBy('Municipality.__CAMEL__Items', 'municipality_id');

/**
 * Entities the organizations subgraph owns, which this subgraph extends by their key. No __resolveReference:
 * the representation ({ id }) is all these fields need, and this subgraph never reads that subgraph's tables.
 */
export const Organization = {
  __CAMEL__Items: (organization: { id: string }, args: ConnectionArgs, ctx: __NAME_PASCAL__Context) =>
    byOrganization(organization.id, args, ctx),
};

export const Municipality = {
  __CAMEL__Items: (municipality: { id: string }, args: ConnectionArgs, ctx: __NAME_PASCAL__Context) =>
    byMunicipality(municipality.id, args, ctx),
};
