import { ConnectionLoaders, entityLoader, sourcesLoader, type EntityReferences, type Identity } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { ItemEntity } from '../entities';

/** Fresh for every request: batching within a request, no caching across requests. */
export function createLoaders(dataSource: DataSource) {
  return {
    item: entityLoader(dataSource, ItemEntity, 'id'),
    sources: sourcesLoader(dataSource),
    connections: new ConnectionLoaders(dataSource),
  };
}

export type __NAME_PASCAL__Loaders = ReturnType<typeof createLoaders>;

export interface __NAME_PASCAL__Context {
  readonly dataSource: DataSource;
  /** The caller, as the gateway verified and forwarded it. */
  readonly identity: Identity;
  /** Asks other subgraphs about their entities, e.g. whether an organization exists. */
  readonly references: EntityReferences;
  readonly loaders: __NAME_PASCAL__Loaders;
}
