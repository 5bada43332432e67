import { calendarDate, type CalendarDateValue } from '../calendar/calendar-date';
import { formatRialsFa, money, tomans } from '../money/money';
import { findSourceReport } from '../reference/source-reports';

/** What the shared `Money` type resolves from. */
export interface MoneyView {
  readonly rials: bigint;
  readonly tomans: string;
  readonly currency: 'IRR';
  readonly persian: string;
}

export function moneyView(rials: bigint | string | null | undefined): MoneyView | null {
  if (rials === null || rials === undefined) return null;
  const value = money(rials);
  return { rials: value.rials, tomans: tomans(value), currency: value.currency, persian: formatRialsFa(value) };
}

export function dateView(iso: string | null | undefined): CalendarDateValue | null {
  return iso ? calendarDate(iso) : null;
}

/** What the shared `Source` type resolves from: a report of the record and the passage that states the fact. */
export interface SourceView {
  readonly reportId: string;
  readonly title: string;
  readonly titleEn: string;
  readonly publisher: string | null;
  readonly publishedOn: CalendarDateValue | null;
  readonly excerpt: string | null;
}

export function sourceView(reportId: string, excerpt: string | null): SourceView {
  const report = findSourceReport(reportId);
  if (!report) throw new Error(`Unknown source report "${reportId}"`);
  return {
    reportId,
    title: report.titleFa,
    titleEn: report.titleEn,
    publisher: report.publisherFa,
    publishedOn: dateView(report.publishedOn),
    excerpt,
  };
}
