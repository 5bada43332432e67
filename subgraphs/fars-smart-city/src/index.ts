import path from 'node:path';
import type { SubgraphDefinition } from '@hamyar/shared';
import { ENTITIES } from './entities';
import { createLoaders, type FarsSmartCityContext } from './loaders';
import { MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { SEED_NAME, seedSourceRecord } from './seed';

/** Fars smart city: a subgraph of Fars province (IR-07). */
export const farsSmartCitySubgraph: SubgraphDefinition<FarsSmartCityContext> = {
  name: 'fars-smart-city',
  // Listens on FARS_SMART_CITY_PORT, else on this port.
  defaultPort: 4101,
  schemaFile: path.resolve(__dirname, '..', 'schema.graphql'),
  resolvers: resolvers as SubgraphDefinition<FarsSmartCityContext>['resolvers'],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  seed: { name: SEED_NAME, apply: seedSourceRecord },
  createContext: ({ dataSource, identity, references }) => ({ dataSource, identity, references, loaders: createLoaders(dataSource) }),
};
