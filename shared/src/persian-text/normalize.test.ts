import { normalizePersian, toAsciiDigits, toPersianDigits } from './normalize';

describe('normalizePersian', () => {
  it('reads Persian, Arabic-Indic and ASCII digits as the same number', () => {
    expect(normalizePersian('۴۱۳۴')).toBe('4134');
    expect(normalizePersian('٤١٣٤')).toBe('4134');
    expect(normalizePersian('4134')).toBe('4134');
  });

  it('maps Arabic yeh and kaf to the Persian letters', () => {
    expect(normalizePersian('همياري')).toBe('همیاری');
    expect(normalizePersian('همیارى')).toBe('همیاری');
    expect(normalizePersian('كرمان')).toBe('کرمان');
  });

  it('drops tatweel and diacritics and reads the zero-width non-joiner as a space', () => {
    expect(normalizePersian('همـــیاری')).toBe('همیاری');
    expect(normalizePersian('شَهرداری')).toBe('شهرداری');
    expect(normalizePersian('شهرداری\u200Cها')).toBe('شهرداری ها');
    expect(normalizePersian('  تفاهم   نامه ')).toBe('تفاهم نامه');
  });
});

describe('toPersianDigits', () => {
  it('writes ASCII digits in Persian', () => {
    expect(toPersianDigits('1404-10-15')).toBe('۱۴۰۴-۱۰-۱۵');
  });
});

describe('toAsciiDigits', () => {
  it('turns Persian and Arabic-Indic digits into ASCII and leaves everything else', () => {
    expect(toAsciiDigits('۱۴۰۴-۱۰-۱۵')).toBe('1404-10-15');
    expect(toAsciiDigits('٤١٣٤ and 4134')).toBe('4134 and 4134');
    expect(toAsciiDigits('تفاهم‌نامه')).toBe('تفاهم‌نامه');
  });
});
