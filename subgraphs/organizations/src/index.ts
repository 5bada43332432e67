import path from 'node:path';
import type { SubgraphDefinition } from '@hamyar/shared';
import { ENTITIES } from './entities';
import { createLoaders, type OrganizationsContext } from './loaders';
import { MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { SEED_NAME, seedSourceRecord } from './seed';

/** The organizations subgraph: provinces, cooperation organizations, municipalities and their stakes. */
export const organizationsSubgraph: SubgraphDefinition<OrganizationsContext> = {
  name: 'organizations',
  schemaFile: path.resolve(__dirname, '..', 'schema.graphql'),
  resolvers: resolvers as SubgraphDefinition<OrganizationsContext>['resolvers'],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  seed: { name: SEED_NAME, apply: seedSourceRecord },
  createContext: ({ dataSource, identity, references }) => ({ dataSource, identity, references, loaders: createLoaders(dataSource) }),
};
