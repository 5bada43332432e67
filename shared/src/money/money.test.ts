import { formatRialsFa, money, parseRials, reportedToRials, tomans } from './money';

describe('money', () => {
  it('keeps amounts above 2^53 exact', () => {
    const big = money('9007199254740993');
    expect(big.rials).toBe(9007199254740993n);
    expect(tomans(big)).toBe('900719925474099.3');
  });

  it('turns a reported toman figure into rials', () => {
    expect(reportedToRials(20_000_000_000n, 'TOMAN')).toBe(200_000_000_000n);
    expect(tomans(money(200_000_000_000n))).toBe('20000000000');
  });

  it('formats rials for a Persian reader', () => {
    expect(formatRialsFa(money(200_000_000_000n))).toBe('۲۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال');
  });

  it('names the field when the text is not a whole number', () => {
    expect(() => parseRials('12.5', 'budget.min')).toThrow(/"budget.min"/);
    expect(parseRials('۱۲۳', 'budget.min')).toBe(123n);
  });
});
