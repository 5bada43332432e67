import { ConnectionLoaders, entityLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { SmartCityInitiativeEntity } from '../entities';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    initiative: entityLoader(dataSource, SmartCityInitiativeEntity, 'id'),
    sources: sourcesLoader(dataSource),
    connections: new ConnectionLoaders(dataSource),
  };
}

export type FarsSmartCityLoaders = ReturnType<typeof createLoaders>;

export interface FarsSmartCityContext {
  readonly dataSource: DataSource;
  /** The caller, as the gateway verified and forwarded it. */
  readonly identity: Identity;
  /** Asks other subgraphs about their entities, e.g. whether an organization exists. */
  readonly references: EntityReferences;
  readonly loaders: FarsSmartCityLoaders;
}
