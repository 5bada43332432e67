/** The name the source-record seed is applied under (once per database); migrations ask whether it ran. */
export const SEED_NAME = 'agreements/source-record/v1';
