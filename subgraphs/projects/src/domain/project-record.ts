import { calendarDate, searchText } from '@hamyar/shared';

/** What a project is found by. */
export function projectSearchText(p: { titleFa: string; titleEn: string | null; descriptionFa: string | null }): string {
  return searchText(p.titleFa, p.titleEn, p.descriptionFa);
}

/** The Jalali year a project started, kept beside the ISO day for grouping in SQL. */
export function jalaliYearOf(iso: string | null): number | null {
  return iso ? calendarDate(iso).jalaliYear : null;
}
