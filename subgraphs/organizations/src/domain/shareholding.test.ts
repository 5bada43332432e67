import { BadUserInputError } from '@hamyar/shared';
import { assertHolderInProvince, assertStakesFitTheWhole, formatHundredths, parsePercent, toHundredths } from './shareholding';

describe('parsePercent', () => {
  it.each([
    ['20', '20.00'],
    ['20.5', '20.50'],
    ['33.33', '33.33'],
    ['0', '0.00'],
    ['100', '100.00'],
    ['۲۰٫۵', '20.50'],
    ['٢٠', '20.00'],
    [' 7.05 ', '7.05'],
  ])('reads %p as %p', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it('reads null as a holder without a reported figure', () => {
    expect(parsePercent(null)).toBeNull();
    expect(parsePercent(undefined)).toBeNull();
  });

  it.each([['-1'], ['100.01'], ['150'], ['12.345'], ['abc'], [''], ['1e2'], ['12,5']])('refuses %p, naming the field percent', (text) => {
    expect(() => parsePercent(text)).toThrow(BadUserInputError);
    try {
      parsePercent(text);
    } catch (error) {
      expect((error as BadUserInputError).field).toBe('percent');
    }
  });
});

describe('exact hundredths', () => {
  it('round-trips what Postgres writes', () => {
    expect(toHundredths('0')).toBe(0);
    expect(toHundredths('20.00')).toBe(2000);
    expect(toHundredths('100.5')).toBe(10050);
    expect(formatHundredths(10050)).toBe('100.50');
    expect(formatHundredths(5)).toBe('0.05');
  });
});

describe('assertStakesFitTheWhole', () => {
  it('lets the stakes reach exactly 100', () => {
    expect(() => assertStakesFitTheWhole('66.67', '33.33')).not.toThrow();
  });

  it('refuses one hundredth more, saying where the total would go and where it is', () => {
    expect(() => assertStakesFitTheWhole('100.00', '20.00')).toThrow(/would bring the total to 120\.00%.*already add up to 100\.00%/);
    expect(() => assertStakesFitTheWhole('66.67', '33.34')).toThrow(/100\.01%/);
  });

  it('always allows a holder without a figure', () => {
    expect(() => assertStakesFitTheWhole('100.00', null)).not.toThrow();
  });
});

describe('assertHolderInProvince', () => {
  it('refuses a municipality of another province, naming the field', () => {
    expect(() => assertHolderInProvince('IR-02', 'IR-07')).toThrow(/municipalityId/);
    expect(() => assertHolderInProvince('IR-07', 'IR-07')).not.toThrow();
  });
});
