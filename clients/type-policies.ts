import type { TypePolicies } from '@apollo/client';

/**
 * How Apollo Client's cache identifies each entity of the supergraph: the fields of its federation `@key`
 * (`test/typed-clients-validate-against-the-supergraph.test.ts` checks that every entity is here, with its
 * key). Provinces are keyed by their ISO code, everything else by its UUID, so an organization met through a
 * province and through a project is one cache entry, and an edit's answer updates every list showing it.
 */
export const typePolicies: TypePolicies = {
  Agreement: { keyFields: ['id'] },
  Event: { keyFields: ['id'] },
  InvestmentProject: { keyFields: ['id'] },
  Municipality: { keyFields: ['id'] },
  Organization: { keyFields: ['id'] },
  Person: { keyFields: ['id'] },
  Province: { keyFields: ['code'] },
  SourceReport: { keyFields: ['id'] },
  Statement: { keyFields: ['id'] },
};
