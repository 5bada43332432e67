import { SmartCityInitiativeEntity } from '../entities';
import { INITIATIVE_ORDER, initiativeConditions } from '../domain/initiative-list';
import type { FarsSmartCityContext } from '../loaders';
import type { InitiativeListArgs } from './query';

/** The initiatives whose `column` holds the parent's key: one statement for all parents of a request. */
function initiativesBy(field: string, column: string) {
  return (key: string, args: InitiativeListArgs, ctx: FarsSmartCityContext) =>
    ctx.loaders.connections.load(field, args, key, (keys, page) => ({
      entity: SmartCityInitiativeEntity,
      grouping: { column, keys },
      orderBy: INITIATIVE_ORDER,
      where: initiativeConditions(args.filter),
      page,
    }));
}

const byOrganization = initiativesBy('Organization.farsSmartCityInitiatives', 'organization_id');
const byMunicipality = initiativesBy('Municipality.farsSmartCityInitiatives', 'municipality_id');

/**
 * Entities the organizations subgraph owns, which this subgraph extends by their key. No __resolveReference:
 * the representation ({ id }) is all these fields need, and this subgraph never reads that subgraph's tables.
 */
export const Organization = {
  farsSmartCityInitiatives: (organization: { id: string }, args: InitiativeListArgs, ctx: FarsSmartCityContext) =>
    byOrganization(organization.id, args, ctx),
};

export const Municipality = {
  farsSmartCityInitiatives: (municipality: { id: string }, args: InitiativeListArgs, ctx: FarsSmartCityContext) =>
    byMunicipality(municipality.id, args, ctx),
};
