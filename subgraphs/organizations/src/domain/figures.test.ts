import { BadUserInputError } from '@hamyar/shared';
import type { OrganizationFigureEntity } from '../entities/organization-figure.entity';
import { currentFigure, parseFigure, type FigureInput } from './figures';

const figure = (
  metric: OrganizationFigureEntity['metric'],
  kind: OrganizationFigureEntity['kind'],
  value: number,
  qualifier: OrganizationFigureEntity['qualifier'] = 'EXACT',
) => ({ metric, kind, value, qualifier }) as OrganizationFigureEntity;

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

  it('does not pass a bound for a count: the last figure "over 90" gives null, not 90', () => {
    const figures = [figure('SHAREHOLDER_MUNICIPALITIES', 'ACTUAL', 84), figure('SHAREHOLDER_MUNICIPALITIES', 'ACTUAL', 90, 'AT_LEAST')];
    expect(currentFigure(figures, 'SHAREHOLDER_MUNICIPALITIES')).toBeNull();
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
      qualifier: 'EXACT',
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

  it('keeps a qualifier and refuses a range, which one value cannot be', () => {
    expect(parseFigure({ ...valid, qualifier: 'AT_LEAST' }).qualifier).toBe('AT_LEAST');
    expect(fieldOf({ ...valid, qualifier: 'RANGE' })).toBe('input.qualifier');
  });

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
