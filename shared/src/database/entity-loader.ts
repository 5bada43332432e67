import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from './batch-size';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * A per-request DataLoader of entities by a unique column: each parent's lookup in one tick becomes one
 * `WHERE column IN (...)` statement. Missing keys resolve to null.
 */
export function entityLoader<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  property: keyof E & string,
): DataLoader<string, E | null> {
  return new DataLoader<string, E | null>(async (keys) => {
    const rows = await dataSource.getRepository(entity).findBy({ [property]: In([...keys]) } as never);
    const byKey = new Map(rows.map((row) => [String(row[property]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  }, BATCH_OPTIONS);
}

/** A per-request DataLoader of all rows sharing a column value (a small, unpaged list per parent). */
export function groupLoader<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  property: keyof E & string,
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): DataLoader<string, E[]> {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [property]: In([...keys]) } as never, order: order as never });
    const byKey = new Map<string, E[]>();
    for (const row of rows) byKey.set(String(row[property]), [...(byKey.get(String(row[property])) ?? []), row]);
    return keys.map((key) => byKey.get(key) ?? []);
  }, BATCH_OPTIONS);
}
