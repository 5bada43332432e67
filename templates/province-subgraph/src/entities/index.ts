import { ITEM_RECORD, ItemEntity } from './item.entity';

export { ITEM_RECORD, ItemEntity };

/** The subgraph's own tables; the shared ones (record_source, record_change) are added by openDatabase. */
export const ENTITIES = [ItemEntity];
