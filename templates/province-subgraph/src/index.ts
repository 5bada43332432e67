import path from 'node:path';
import type { SubgraphDefinition } from '@hamyar/shared';
import { ENTITIES } from './entities';
import { createLoaders, type __NAME_PASCAL__Context } from './loaders';
import { MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { SEED_NAME, seedSourceRecord } from './seed';

/** __TITLE__: a subgraph of __PROVINCE_EN__ province (__PROVINCE_CODE__). */
export const __NAME_CAMEL__Subgraph: SubgraphDefinition<__NAME_PASCAL__Context> = {
  name: '__NAME__',
  // Listens on __ENV_PREFIX___PORT, else on this port.
  defaultPort: __PORT__,
  schemaFile: path.resolve(__dirname, '..', 'schema.graphql'),
  resolvers: resolvers as SubgraphDefinition<__NAME_PASCAL__Context>['resolvers'],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  seed: { name: SEED_NAME, apply: seedSourceRecord },
  createContext: ({ dataSource, identity, references }) => ({ dataSource, identity, references, loaders: createLoaders(dataSource) }),
};
