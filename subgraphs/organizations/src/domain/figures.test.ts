import { BadUserInputError } from '@hamyar/shared';
import type { OrganizationFigureEntity } from '../entities/organization-figure.entity';
import { currentFigure, parseFigure, type FigureInput } from './figures';

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

  it('takes the later of two achieved figures', () => {
    const figures = [figure('SHAREHOLDER_MUNICIPALITIES', 'ACTUAL', 84), figure('SHAREHOLDER_MUNICIPALITIES', 'ACTUAL', 90)];
    expect(currentFigure(figures, 'SHAREHOLDER_MUNICIPALITIES')).toBe(90);
  });
});

describe('parseFigure', () => {
  const valid: FigureInput = {
    metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
    kind: 'TARGET',
    value: 4000,
    asOfText: ' اردیبهشت سال آینده ',
    asOf: { jalali: '۱۴۰۵-۰۲-۳۱' },
    source: { reportId: 'news-003', excerpt: 'به ۴ هزار نفر' },
  };

  it('keeps the figure, its day in ISO and its source', () => {
    expect(parseFigure(valid)).toEqual({
      metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
      kind: 'TARGET',
      value: 4000,
      asOfText: 'اردیبهشت سال آینده',
      asOf: '2026-05-21',
      reportId: 'news-003',
      excerpt: 'به ۴ هزار نفر',
    });
  });

  const fieldOf = (input: FigureInput) => {
    try {
      parseFigure(input);
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      return (error as BadUserInputError).field;
    }
    throw new Error('no error');
  };

  it('refuses a negative value', () => {
    expect(fieldOf({ ...valid, value: -1 })).toBe('input.value');
  });

  it('refuses a day that is not in the Jalali calendar', () => {
    expect(fieldOf({ ...valid, asOf: { jalali: '1404-12-31' } })).toBe('input.asOf.jalali');
  });

  it('refuses a day given in both calendars', () => {
    expect(fieldOf({ ...valid, asOf: { iso: '2026-05-21', jalali: '1405-02-31' } })).toBe('input.asOf');
  });

  it('refuses a report that is not in the source record', () => {
    expect(fieldOf({ ...valid, source: { reportId: 'news-999' } })).toBe('input.source.reportId');
  });
});
