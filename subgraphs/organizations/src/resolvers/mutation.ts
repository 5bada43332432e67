import { refreshLoaders, type OrganizationsContext } from '../loaders';
import { createMunicipality, updateMunicipality } from '../mutations/municipality-mutations';
import { recordOrganizationFigure, updateOrganization } from '../mutations/organization-mutations';
import { removeShareholding, setShareholding } from '../mutations/shareholding-mutations';
import { createSubsidiary, updateSubsidiary } from '../mutations/subsidiary-mutations';

/**
 * Each mutation runs its own transaction (src/mutations); afterwards the request's loaders are renewed, so
 * the selection on the result, and any later mutation of the same request, read what was committed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function mutation<A>(work: (ctx: OrganizationsContext, args: A) => Promise<any>) {
  return async (_: unknown, args: A, ctx: OrganizationsContext) => {
    try {
      return await work(ctx, args);
    } finally {
      refreshLoaders(ctx);
    }
  };
}

export const Mutation = {
  updateOrganization: mutation(updateOrganization),
  recordOrganizationFigure: mutation(recordOrganizationFigure),
  setShareholding: mutation(setShareholding),
  removeShareholding: mutation(removeShareholding),
  createMunicipality: mutation(createMunicipality),
  updateMunicipality: mutation(updateMunicipality),
  createSubsidiary: mutation(createSubsidiary),
  updateSubsidiary: mutation(updateSubsidiary),
};
