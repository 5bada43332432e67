import type { OrganizationFigureEntity } from '../entities/organization-figure.entity';
import { currentFigure } from './figures';

const figure = (metric: OrganizationFigureEntity['metric'], kind: OrganizationFigureEntity['kind'], value: number) =>
  ({ metric, kind, value }) as OrganizationFigureEntity;

describe('currentFigure', () => {
  it('takes the last achieved figure and ignores targets', () => {
    const figures = [
      figure('STAFF_SUPPLIED_TO_MUNICIPALITIES', 'ACTUAL', 1300),
      figure('STAFF_SUPPLIED_TO_MUNICIPALITIES', 'TARGET', 4000),
    ];
    expect(currentFigure(figures, 'STAFF_SUPPLIED_TO_MUNICIPALITIES')).toBe(1300);
  });

  it('is null when nothing was reported', () => {
    expect(currentFigure([figure('STAFF_SUPPLIED_TO_MUNICIPALITIES', 'TARGET', 4000)], 'STAFF_SUPPLIED_TO_MUNICIPALITIES')).toBeNull();
  });
});
