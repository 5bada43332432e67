import { searchText } from '@hamyar/shared';

/** The fields an agreement is found by in `filter.search`. */
export interface SearchableAgreement {
  readonly titleFa: string;
  readonly titleEn: string | null;
  readonly descriptionFa: string | null;
  readonly number: string | null;
  readonly numberAsReported: string | null;
}

/** What the `search_text` column holds: titles, description and number, normalised (see normalizePersian). */
export function agreementSearchText(a: SearchableAgreement): string {
  return searchText(a.titleFa, a.titleEn, a.descriptionFa, a.number, a.numberAsReported);
}
