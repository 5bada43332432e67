import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import { BadUserInputError } from '../errors/errors';
import { toAsciiDigits, toPersianDigits } from '../persian-text/normalize';

/** A day as clients see it: ISO (Gregorian), Jalali (Solar Hijri) and a Persian phrase for display. */
export interface CalendarDateValue {
  readonly iso: string;
  readonly jalali: string;
  readonly persian: string;
  readonly jalaliYear: number;
}

const JALALI_MONTHS_FA = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'] as const;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Describes a stored ISO date (`YYYY-MM-DD`) in both calendars. */
export function calendarDate(iso: string): CalendarDateValue {
  const [gy, gm, gd] = splitDate(iso, 'date');
  const { jy, jm, jd } = toJalaali(gy, gm, gd);
  return {
    iso,
    jalali: formatYmd(jy, jm, jd),
    persian: toPersianDigits(`${jd} ${JALALI_MONTHS_FA[jm - 1]} ${jy}`),
    jalaliYear: jy,
  };
}

/** A Jalali `YYYY-MM-DD` (Persian or Arabic-Indic digits allowed) to the ISO date, or a clear error. */
export function jalaliToIso(input: string, field: string): string {
  const [jy, jm, jd] = splitDate(input, field, 'a Jalali date written YYYY-MM-DD, e.g. 1404-10-15');
  if (!isValidJalaaliDate(jy, jm, jd)) {
    throw new BadUserInputError(field, `${input} is not a day of the Jalali calendar`, 'تاریخ');
  }
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return formatYmd(gy, gm, gd);
}

/** A Gregorian `YYYY-MM-DD` checked to be a real day. */
export function isoDate(input: string, field: string): string {
  const [gy, gm, gd] = splitDate(input, field, 'an ISO date written YYYY-MM-DD, e.g. 2026-01-05');
  const probe = new Date(Date.UTC(gy, gm - 1, gd));
  if (probe.getUTCFullYear() !== gy || probe.getUTCMonth() !== gm - 1 || probe.getUTCDate() !== gd) {
    throw new BadUserInputError(field, `${input} is not a day of the Gregorian calendar`, 'تاریخ');
  }
  return formatYmd(gy, gm, gd);
}

function splitDate(input: string, field: string, expected = 'YYYY-MM-DD'): [number, number, number] {
  const ascii = toAsciiDigits(input.trim());
  const match = DATE_SHAPE.exec(ascii);
  if (!match) throw new BadUserInputError(field, `expected ${expected}, got "${input}"`, 'تاریخ');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function formatYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A `DateInput`: exactly one of `iso` or `jalali`, checked to be a real day; returns the ISO date. */
export function parseDateInput(input: { iso?: string | null; jalali?: string | null }, field: string): string {
  const given = [input.iso, input.jalali].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1) throw new BadUserInputError(field, 'give the day in exactly one calendar: iso or jalali', 'تاریخ');
  return input.iso != null ? isoDate(input.iso, `${field}.iso`) : jalaliToIso(input.jalali!, `${field}.jalali`);
}

export interface IsoDateRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** A `DateRangeInput` as ISO dates, refusing a span that ends before it starts. */
export function parseDateRange(
  input: { from?: { iso?: string | null; jalali?: string | null } | null; to?: { iso?: string | null; jalali?: string | null } | null },
  field: string,
): IsoDateRange {
  const from = input.from ? parseDateInput(input.from, `${field}.from`) : null;
  const to = input.to ? parseDateInput(input.to, `${field}.to`) : null;
  if (from && to && from > to) throw new BadUserInputError(`${field}.to`, `the span ends (${to}) before it starts (${from})`, 'بازهٔ تاریخ');
  return { from, to };
}
