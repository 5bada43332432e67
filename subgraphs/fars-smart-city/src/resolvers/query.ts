import { NotFoundError, loadList, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import { SmartCityInitiativeEntity } from '../entities';
import { INITIATIVE_ORDER, initiativeConditions, type InitiativeFilter } from '../domain/initiative-list';
import type { FarsSmartCityContext } from '../loaders';

export interface InitiativeListArgs extends ConnectionArgs {
  readonly filter?: InitiativeFilter | null;
}

export const Query = {
  async farsSmartCityInitiative(_: unknown, args: { id: string }, ctx: FarsSmartCityContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.initiative.load(id)) ?? Promise.reject(new NotFoundError('FarsSmartCityInitiative', id, 'id'));
  },
  farsSmartCityInitiatives(_: unknown, args: InitiativeListArgs, ctx: FarsSmartCityContext) {
    return loadList(ctx.dataSource, {
      entity: SmartCityInitiativeEntity,
      orderBy: INITIATIVE_ORDER,
      where: initiativeConditions(args.filter),
      page: pageRequest(args),
    });
  },
};
