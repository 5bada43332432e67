import type { FigureMetric, OrganizationFigureEntity } from '../entities/organization-figure.entity';

/**
 * The current value of a metric: the last achieved (not targeted) figure reported. Figures are kept in the
 * order they were recorded, so the last one wins.
 */
export function currentFigure(figures: readonly OrganizationFigureEntity[], metric: FigureMetric): number | null {
  const actual = figures.filter((f) => f.metric === metric && f.kind === 'ACTUAL');
  return actual.length > 0 ? actual[actual.length - 1].value : null;
}
