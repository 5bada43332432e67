import path from 'node:path';
import type { SubgraphDefinition } from '@hamyar/shared';
import { ENTITIES } from './entities';
import { createLoaders, type AgreementsContext } from './loaders';
import { MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { SEED_NAME, seedSourceRecord } from './seed';

/** The agreements subgraph: MoUs, their parties, areas and linked projects, and the events where they were signed. */
export const agreementsSubgraph: SubgraphDefinition<AgreementsContext> = {
  name: 'agreements',
  schemaFile: path.resolve(__dirname, '..', 'schema.graphql'),
  resolvers: resolvers as SubgraphDefinition<AgreementsContext>['resolvers'],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  seed: { name: SEED_NAME, apply: seedSourceRecord },
  createContext: ({ dataSource, identity, references }) => ({ dataSource, identity, references, loaders: createLoaders(dataSource) }),
};
