import { historyPage, recordKey, type ConnectionArgs } from '@hamyar/shared';
import { INITIATIVE_RECORD, type SmartCityInitiativeEntity } from '../entities';
import type { FarsSmartCityContext } from '../loaders';

export const FarsSmartCityInitiative = {
  __resolveReference(ref: { id: string }, ctx: FarsSmartCityContext) {
    return ctx.loaders.initiative.load(ref.id);
  },
  title: (initiative: SmartCityInitiativeEntity) => initiative.titleFa,
  // References to the organizations subgraph's entities: their key only, that subgraph resolves the rest.
  organization: (initiative: SmartCityInitiativeEntity) => ({ __typename: 'Organization', id: initiative.organizationId }),
  municipality: (initiative: SmartCityInitiativeEntity) =>
    initiative.municipalityId ? { __typename: 'Municipality', id: initiative.municipalityId } : null,
  sources(initiative: SmartCityInitiativeEntity, _: unknown, ctx: FarsSmartCityContext) {
    return ctx.loaders.sources.load(recordKey(INITIATIVE_RECORD, initiative.id));
  },
  history(initiative: SmartCityInitiativeEntity, args: ConnectionArgs, ctx: FarsSmartCityContext) {
    return historyPage(ctx.loaders.connections, INITIATIVE_RECORD, initiative.id, args);
  },
};
