import { CreateSmartCityInitiatives1795621241894 } from './1795621241894-create-smart-city-initiatives';

/**
 * In order, after the shared ones (sources, history) that openDatabase runs first; listed explicitly so the
 * same list runs from TypeScript sources and compiled output. Never edit a migration that has run anywhere:
 * add the next one.
 */
export const MIGRATIONS = [CreateSmartCityInitiatives1795621241894];
