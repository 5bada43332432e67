import { ConnectionLoaders, entityLoader, groupLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { FundingSourceEntity, InvestmentProjectEntity, ProjectPartyEntity } from '../entities';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    project: entityLoader(dataSource, InvestmentProjectEntity, 'id'),
    fundingSources: groupLoader(dataSource, FundingSourceEntity, 'projectId', { kind: 'ASC', id: 'ASC' }),
    parties: groupLoader(dataSource, ProjectPartyEntity, 'projectId', { role: 'ASC', id: 'ASC' }),
    sources: sourcesLoader(dataSource),
    connections: new ConnectionLoaders(dataSource),
  };
}

export type ProjectsLoaders = ReturnType<typeof createLoaders>;

export interface ProjectsContext {
  readonly dataSource: DataSource;
  readonly identity: Identity;
  readonly references: EntityReferences;
  readonly loaders: ProjectsLoaders;
}
