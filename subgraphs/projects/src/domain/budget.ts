import { BadUserInputError, moneyView, reportedToRials, type MoneyView, type ReportedUnit } from '@hamyar/shared';

/** A budget in exact rials: an exact figure has min = max. */
export interface BudgetRials {
  readonly minRials: bigint;
  readonly maxRials: bigint;
}

/**
 * Turns a figure as reported ("20 billion tomans", "130 to 150 billion tomans") into exact rials, refusing
 * negative amounts and reversed ranges with the field named.
 */
export function budgetFromReport(min: bigint, max: bigint, unit: ReportedUnit, field = 'budget'): BudgetRials {
  if (min < 0n) throw new BadUserInputError(`${field}.min`, 'an amount cannot be negative', 'بودجه');
  if (max < min) throw new BadUserInputError(`${field}.max`, `the upper bound ${max} is below the lower bound ${min}`, 'بودجه');
  return { minRials: reportedToRials(min, unit), maxRials: reportedToRials(max, unit) };
}

export interface BudgetView {
  readonly min: MoneyView;
  readonly max: MoneyView;
  readonly isRange: boolean;
  readonly reportedText: string | null;
  readonly reportedUnit: ReportedUnit | null;
}

export function budgetView(
  minRials: string | null,
  maxRials: string | null,
  reportedText: string | null,
  reportedUnit: ReportedUnit | null,
): BudgetView | null {
  if (minRials === null || maxRials === null) return null;
  return { min: moneyView(minRials)!, max: moneyView(maxRials)!, isRange: minRials !== maxRials, reportedText, reportedUnit };
}
