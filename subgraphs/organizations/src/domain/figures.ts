import { BadUserInputError, parseDateInput } from '@hamyar/shared';
import type { FigureKind, FigureMetric, OrganizationFigureEntity } from '../entities/organization-figure.entity';
import { parseSource, type SourceInput } from './source';
import { optionalText } from './text';

/**
 * The current value of a metric: the last achieved (not targeted) figure reported. Figures are kept in the
 * order they were recorded, so the last one wins. A count is a plain number, so a last figure that is only a
 * bound or an approximation ("over 84") gives null here rather than passing for exact; `figures` has it.
 */
export function currentFigure(figures: readonly OrganizationFigureEntity[], metric: FigureMetric): number | null {
  const actual = figures.filter((f) => f.metric === metric && f.kind === 'ACTUAL');
  const last = actual[actual.length - 1];
  return last && last.qualifier === 'EXACT' ? last.value : null;
}

export interface FigureInput {
  readonly metric: FigureMetric;
  readonly kind: FigureKind;
  readonly value: number;
  readonly qualifier?: OrganizationFigureEntity['qualifier'] | 'RANGE' | null;
  readonly asOfText?: string | null;
  readonly asOf?: { iso?: string | null; jalali?: string | null } | null;
  readonly source: SourceInput;
}

/** A reported figure checked: never negative, a real day in either calendar, a known report. */
export function parseFigure(
  input: FigureInput,
  field = 'input',
): Omit<OrganizationFigureEntity, 'id' | 'organizationId' | 'recordedOrder'> {
  if (!Number.isInteger(input.value) || input.value < 0) {
    throw new BadUserInputError(`${field}.value`, `a figure counts something and cannot be negative, got ${input.value}`, 'مقدار');
  }
  if (input.qualifier === 'RANGE') {
    throw new BadUserInputError(`${field}.qualifier`, 'a figure of an organization is one value; a range needs two', 'قید');
  }
  const source = parseSource(input.source, `${field}.source`);
  return {
    metric: input.metric,
    kind: input.kind,
    value: input.value,
    qualifier: input.qualifier ?? 'EXACT',
    asOfText: optionalText(input.asOfText, `${field}.asOfText`, 'زمان'),
    asOf: input.asOf ? parseDateInput(input.asOf, `${field}.asOf`) : null,
    reportId: source.reportId,
    excerpt: source.excerpt,
  };
}
