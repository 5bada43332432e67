import { BadUserInputError } from '../errors/errors';
import { toAsciiDigits } from '../persian-text/normalize';

/**
 * Money is exact: rials as a bigint, never a JS number (2^53) nor a GraphQL Int (2^31). The currency is kept
 * explicit on every amount because the redenominated rial (1 new = 10,000 current) will coexist with it.
 */
export type Currency = 'IRR';

/** The unit a report used; the figure is kept as reported next to the normalised rials. */
export type ReportedUnit = 'RIAL' | 'TOMAN';

export interface MoneyValue {
  readonly rials: bigint;
  readonly currency: Currency;
}

const RIALS_PER_TOMAN = 10n;

export function money(rials: bigint | string): MoneyValue {
  return { rials: typeof rials === 'bigint' ? rials : parseRials(rials, 'rials'), currency: 'IRR' };
}

/** Tomans as an exact decimal string (a rial amount not divisible by ten keeps its tenth). */
export function tomans(value: MoneyValue): string {
  const whole = value.rials / RIALS_PER_TOMAN;
  const tenth = value.rials % RIALS_PER_TOMAN;
  if (tenth === 0n) return whole.toString();
  const sign = value.rials < 0n && whole === 0n ? '-' : '';
  return `${sign}${whole}.${(tenth < 0n ? -tenth : tenth).toString()}`;
}

const PERSIAN_GROUPING = new Intl.NumberFormat('fa-IR', { useGrouping: true });

/** e.g. "۲۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال" */
export function formatRialsFa(value: MoneyValue): string {
  return `${PERSIAN_GROUPING.format(value.rials)} ریال`;
}

export function reportedToRials(amount: bigint, unit: ReportedUnit): bigint {
  return unit === 'TOMAN' ? amount * RIALS_PER_TOMAN : amount;
}

/** Parses an exact integer amount given as text (any digits), naming the field when it is not one. */
export function parseRials(input: string, field: string): bigint {
  const ascii = toAsciiDigits(input.trim());
  if (!/^-?\d+$/.test(ascii)) {
    throw new BadUserInputError(field, `expected a whole number of rials, got "${input}"`, 'مبلغ (ریال)');
  }
  return BigInt(ascii);
}

/** A `MoneyRangeInput`, refusing negative bounds and a reversed span. */
export function parseMoneyRange(
  input: { minRials?: bigint | null; maxRials?: bigint | null },
  field: string,
): { min: bigint | null; max: bigint | null } {
  const min = input.minRials ?? null;
  const max = input.maxRials ?? null;
  if (min !== null && min < 0n) throw new BadUserInputError(`${field}.minRials`, 'an amount cannot be negative', 'مبلغ');
  if (max !== null && max < 0n) throw new BadUserInputError(`${field}.maxRials`, 'an amount cannot be negative', 'مبلغ');
  if (min !== null && max !== null && max < min)
    throw new BadUserInputError(`${field}.maxRials`, `${max} is below the lower bound ${min}`, 'مبلغ');
  return { min, max };
}
