import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from '../database/batch-size';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { Connection } from './connection';
import { loadPages, type PageQuery } from './load-pages';
import { pageRequest, type ConnectionArgs, type PageRequest } from './page-request';

/**
 * Per-request DataLoaders for nested lists: every parent asking for the same field with the same arguments
 * and the same columns (`select`, see nodeColumns) in one request is answered by one `loadPages` statement.
 * The columns are part of the loader's key, so a selection needing a column another one left out never gets
 * a page (or a cached page) loaded without it.
 */
export class ConnectionLoaders {
  private readonly loaders = new Map<string, DataLoader<string, Connection<ObjectLiteral>>>();

  constructor(private readonly dataSource: DataSource) {}

  load<E extends ObjectLiteral>(
    field: string,
    args: ConnectionArgs,
    parentKey: string,
    query: (keys: readonly string[], page: PageRequest) => PageQuery<E>,
    select?: readonly (keyof E & string)[],
  ): Promise<Connection<E>> {
    const page = pageRequest(args);
    const cacheKey = `${field}:${JSON.stringify(args)}:${select ? select.join(',') : '*'}`;
    let loader = this.loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const pages = await loadPages(this.dataSource, { ...query(keys, page), select });
        return keys.map((key) => pages.get(key)!);
      }, BATCH_OPTIONS);
      this.loaders.set(cacheKey, loader);
    }
    return loader.load(parentKey) as Promise<Connection<E>>;
  }
}
