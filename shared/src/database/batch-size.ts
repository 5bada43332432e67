/**
 * The most keys one DataLoader batch sends to the database in one statement. A request that gathers more
 * parents than this (the cost limit makes it rare) is answered in a few statements instead of one with an
 * unbounded `= ANY($1)` array: the statement count still does not grow with each row, only per this many.
 */
export const MAX_BATCH_SIZE = 500;

/** DataLoader options every per-request loader uses. */
export const BATCH_OPTIONS = { maxBatchSize: MAX_BATCH_SIZE } as const;
