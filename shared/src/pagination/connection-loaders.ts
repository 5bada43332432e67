import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from '../database/batch-size';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { Connection } from './connection';
import { loadPages, type PageQuery } from './load-pages';
import { pageRequest, type ConnectionArgs, type PageRequest } from './page-request';

/**
 * Per-request DataLoaders for nested lists: every parent asking for the same field with the same arguments
 * in one request is answered by one `loadPages` statement.
 */
export class ConnectionLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Connection<ObjectLiteral>>>();

  constructor(private readonly dataSource: DataSource) {}

  load<E extends ObjectLiteral>(
    field: string,
    args: ConnectionArgs,
    parentKey: string,
    query: (keys: readonly string[], page: PageRequest) => PageQuery<E>,
  ): Promise<Connection<E>> {
    const page = pageRequest(args);
    const cacheKey = `${field}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const pages = await loadPages(this.dataSource, query(keys, page));
        return keys.map((key) => pages.get(key)!);
      }, BATCH_OPTIONS);
      this.loaders.set(cacheKey, loader);
    }
    return loader.load(parentKey) as Promise<Connection<E>>;
  }
}
