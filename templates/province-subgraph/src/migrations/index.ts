import { CreateItems__TIMESTAMP__ } from './__TIMESTAMP__-create-items';

/**
 * In order, after the shared ones (sources, history) that openDatabase runs first; listed explicitly so the
 * same list runs from TypeScript sources and compiled output. Never edit a migration that has run anywhere:
 * add the next one.
 */
export const MIGRATIONS = [CreateItems__TIMESTAMP__];
