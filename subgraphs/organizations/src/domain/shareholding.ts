import { BadUserInputError, normalizePersian } from '@hamyar/shared';

/**
 * Stakes are exact decimals with two places (numeric(5,2) in the table). Arithmetic on them is done in whole
 * hundredths of a percent, so 33.33 + 33.33 + 33.34 is exactly 100.
 */
const PERCENT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;
const WHOLE = 100_00;
const LABEL = 'درصد سهام';

/**
 * A stake as a client writes it ("20", "12.5", "۲۰", "33.33"), checked and written with two places; null
 * when the report names the holder without a figure.
 */
export function parsePercent(text: string | null | undefined, field = 'percent'): string | null {
  if (text === null || text === undefined) return null;
  const ascii = normalizePersian(text).replace('\u066B', '.');
  const match = PERCENT.exec(ascii);
  if (!match) {
    throw new BadUserInputError(
      field,
      `expected a percentage from 0 to 100 with at most two decimals, e.g. "20" or "12.5", got "${text}"`,
      LABEL,
    );
  }
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (hundredths > WHOLE) throw new BadUserInputError(field, `a stake is at most 100%, got ${text}`, LABEL);
  return formatHundredths(hundredths);
}

/** An exact decimal as Postgres writes a numeric ("20.00", "0", "100.5") in hundredths. */
export function toHundredths(decimal: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(decimal.trim());
  if (!match) throw new Error(`Not a non-negative decimal with at most two places: "${decimal}"`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function formatHundredths(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * The known stakes in one organization never add up to more than 100%. `othersTotal` is the sum of the
 * organization's other known stakes (the holder's own current stake left out, since it is being replaced).
 */
export function assertStakesFitTheWhole(othersTotal: string, percent: string | null, field = 'percent'): void {
  if (percent === null) return;
  const others = toHundredths(othersTotal);
  const total = others + toHundredths(percent);
  if (total > WHOLE) {
    throw new BadUserInputError(
      field,
      `would bring the total to ${formatHundredths(total)}%: the organization's other known stakes already add up to ${formatHundredths(others)}%, and the stakes in one organization cannot exceed 100%`,
      LABEL,
    );
  }
}

/** A municipality holds a stake only in its own province's organization. */
export function assertHolderInProvince(municipalityProvince: string, organizationProvince: string, field = 'municipalityId'): void {
  if (municipalityProvince !== organizationProvince) {
    throw new BadUserInputError(
      field,
      `the municipality is in ${municipalityProvince}, and only municipalities of ${organizationProvince} hold stakes in its organization`,
      'شهرداری سهامدار',
    );
  }
}

/** What an organization's history records of one holder's stake (null: no stake). */
export interface StakeSnapshot {
  readonly municipalityId: string;
  readonly municipality: string;
  readonly percent: string | null;
  readonly isAmongLargest: boolean;
}
