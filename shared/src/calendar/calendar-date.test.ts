import { BadUserInputError } from '../errors/errors';
import { calendarDate, isoDate, jalaliToIso } from './calendar-date';

describe('calendarDate', () => {
  it('shows MoU 4134 signing day in both calendars', () => {
    expect(calendarDate('2026-01-05')).toEqual({
      iso: '2026-01-05',
      jalali: '1404-10-15',
      persian: '۱۵ دی ۱۴۰۴',
      jalaliYear: 1404,
    });
  });
});

describe('jalaliToIso', () => {
  it('converts Jalali input, in any digits', () => {
    expect(jalaliToIso('1404-10-15', 'signedOn')).toBe('2026-01-05');
    expect(jalaliToIso('۱۴۰۴-۱۰-۱۵', 'signedOn')).toBe('2026-01-05');
    expect(jalaliToIso('١٤٠٤-١٠-١٥', 'signedOn')).toBe('2026-01-05');
  });

  it('accepts 30 Esfand only in leap years (1403 and 1399 are, 1404 is not)', () => {
    expect(jalaliToIso('1403-12-30', 'signedOn')).toBe('2025-03-20');
    expect(jalaliToIso('1399-12-30', 'signedOn')).toBe('2021-03-20');
    expect(() => jalaliToIso('1404-12-30', 'signedOn')).toThrow(BadUserInputError);
  });

  it('names the field and the expected shape when the text is not a date', () => {
    expect(() => jalaliToIso('15 Dey 1404', 'signedOn')).toThrow(/"signedOn".*YYYY-MM-DD/);
  });
});

describe('isoDate', () => {
  it('refuses a day that does not exist', () => {
    expect(isoDate('2024-02-29', 'from')).toBe('2024-02-29');
    expect(() => isoDate('2025-02-29', 'from')).toThrow(/"from"/);
  });
});
