import path from 'node:path';
import type { SubgraphDefinition } from '@hamyar/shared';
import { ENTITIES } from './entities';
import { createLoaders, type ProjectsContext } from './loaders';
import { MIGRATIONS } from './migrations';
import { resolvers } from './resolvers';
import { SEED_NAME, seedSourceRecord } from './seed';

/** The projects subgraph: investment projects, their budgets, funding and parties. */
export const projectsSubgraph: SubgraphDefinition<ProjectsContext> = {
  name: 'projects',
  schemaFile: path.resolve(__dirname, '..', 'schema.graphql'),
  resolvers: resolvers as SubgraphDefinition<ProjectsContext>['resolvers'],
  entities: ENTITIES,
  migrations: MIGRATIONS,
  seed: { name: SEED_NAME, apply: seedSourceRecord },
  createContext: ({ dataSource, identity, references }) => ({ dataSource, identity, references, loaders: createLoaders(dataSource) }),
};
