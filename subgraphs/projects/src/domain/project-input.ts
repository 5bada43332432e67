import type { FigureQualifier } from '../entities/investment-project.entity';
import { BadUserInputError, optionalText, parseDateInput, requiredText, type ReportedUnit } from '@hamyar/shared';
import { budgetFromReport } from './budget';

function nonNegativeInt(value: number | null | undefined, field: string, labelFa: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0)
    throw new BadUserInputError(field, `must be a whole number of at least 0, got ${value}`, labelFa);
  return value;
}

/**
 * Expected jobs with how exactly they were reported: a count without a qualifier is EXACT, a qualifier
 * without a count is refused (it qualifies nothing), and a range needs two figures, which a count is not.
 */
export function jobsColumns(
  value: number | null | undefined,
  qualifier: FigureQualifier | 'RANGE' | null | undefined,
  field: string,
): { expectedJobs: number | null; expectedJobsQualifier: FigureQualifier | null } {
  const expectedJobs = nonNegativeInt(value, `${field}.expectedJobs`, 'اشتغال پیش‌بینی‌شده');
  if (qualifier === 'RANGE')
    throw new BadUserInputError(`${field}.expectedJobsQualifier`, 'a job count is one figure; a range needs two', 'قید اشتغال');
  if (expectedJobs === null && qualifier) {
    throw new BadUserInputError(`${field}.expectedJobsQualifier`, 'a qualifier needs expectedJobs to qualify', 'قید اشتغال');
  }
  return { expectedJobs, expectedJobsQualifier: expectedJobs === null ? null : (qualifier ?? 'EXACT') };
}

export function optionalDate(value: { iso?: string | null; jalali?: string | null } | null | undefined, field: string): string | null {
  return value ? parseDateInput(value, field) : null;
}

export interface BudgetInput {
  readonly minRials: bigint;
  readonly maxRials?: bigint | null;
  readonly reportedText?: string | null;
  readonly reportedUnit?: ReportedUnit | null;
}

/** A budget input as the columns store it: exact rials, a range only when the upper bound differs. */
export function budgetColumns(input: BudgetInput | null | undefined, field: string) {
  if (!input) return { budgetMinRials: null, budgetMaxRials: null, budgetReportedText: null, budgetReportedUnit: null };
  const { minRials, maxRials } = budgetFromReport(input.minRials, input.maxRials ?? input.minRials, 'RIAL', field);
  return {
    budgetMinRials: minRials.toString(),
    budgetMaxRials: maxRials.toString(),
    budgetReportedText: optionalText(input.reportedText, `${field}.reportedText`, 'رقم گزارش‌شده'),
    budgetReportedUnit: input.reportedUnit ?? null,
  };
}

const DECIMAL = /^\d+(\.\d+)?$/;

export function capacityColumns(input: { value: string; unit: string } | null | undefined) {
  if (!input) return { capacityValue: null, capacityUnit: null };
  if (!DECIMAL.test(input.value.trim()))
    throw new BadUserInputError('capacity.value', `must be a non-negative decimal such as 12.5, got "${input.value}"`, 'ظرفیت');
  return { capacityValue: input.value.trim(), capacityUnit: requiredText(input.unit, 'capacity.unit', 'واحد ظرفیت') };
}

export function percentComplete(value: number, field: string): string {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new BadUserInputError(field, `must be between 0 and 100, got ${value}`, 'درصد پیشرفت');
  return value.toFixed(2);
}

/** Dates in order: a planned completion before the start is a typing mistake. */
export function assertDateOrder(startedOn: string | null, plannedCompletionOn: string | null, field = 'input.plannedCompletionOn'): void {
  if (startedOn && plannedCompletionOn && plannedCompletionOn < startedOn) {
    throw new BadUserInputError(field, `${plannedCompletionOn} is before the start, ${startedOn}`, 'تاریخ پایان');
  }
}
