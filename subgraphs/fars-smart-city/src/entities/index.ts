import { INITIATIVE_RECORD, SmartCityInitiativeEntity } from './smart-city-initiative.entity';

export { INITIATIVE_RECORD, SmartCityInitiativeEntity };
export type { SmartCityArea, SmartCityStatus } from './smart-city-initiative.entity';

/** The subgraph's own tables; the shared ones (record_source, record_change) are added by openDatabase. */
export const ENTITIES = [SmartCityInitiativeEntity];
