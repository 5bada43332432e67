import type { Citation } from '@hamyar/shared';

/**
 * The items the source record reports, each with the passage that states it. Nothing here may be invented:
 * a fact the reports do not give stays null. Ids are derived from the slug (stableId), and references to
 * other subgraphs' records from their natural keys (seedIds), never looked up.
 */
export interface ItemFact {
  /** Unique within this subgraph: the id is derived from it. */
  readonly slug: string;
  readonly titleFa: string;
  readonly titleEn: string | null;
  /** English name of the municipality, as seedIds.municipality names it, where the source names one. */
  readonly municipalityEn: string | null;
  /** ISO day it started, where reported. */
  readonly startedOn: string | null;
  readonly sources: readonly Citation[];
}

export const ITEMS: readonly ItemFact[] = [
  // {
  //   slug: 'example',
  //   titleFa: '…',
  //   titleEn: '…',
  //   municipalityEn: null,
  //   startedOn: null,
  //   sources: [{ reportId: 'news-00X', excerpt: 'the passage, in its own words' }],
  // },
];
