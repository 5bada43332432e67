import { optionalText, requiredText } from './text';

describe('text fields', () => {
  it('trims, refuses empty and over-long text, naming the field with its Persian label', () => {
    expect(requiredText('  همیار گستر ', 'input.nameFa', 'نام')).toBe('همیار گستر');
    expect(() => requiredText('  ', 'input.nameFa', 'نام')).toThrow(/"input.nameFa" \(نام\): must not be empty/);
    expect(() => requiredText(null, 'input.nameFa', 'نام')).toThrow(/cannot be cleared/);
    expect(() => requiredText('x'.repeat(11), 'input.nameFa', 'نام', 10)).toThrow(/at most 10 characters, got 11/);
  });

  it('reads blank optional text as unknown', () => {
    expect(optionalText(' ', 'input.titleEn', 'عنوان انگلیسی')).toBeNull();
    expect(optionalText(undefined, 'input.titleEn', 'عنوان انگلیسی')).toBeNull();
    expect(optionalText(' Hamyar ', 'input.titleEn', 'عنوان انگلیسی')).toBe('Hamyar');
  });
});
