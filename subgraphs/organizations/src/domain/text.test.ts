import { BadUserInputError } from '@hamyar/shared';
import { optionalText, requiredText, textChanges } from './text';

describe('requiredText', () => {
  it('trims and keeps the text as typed, Arabic letters and zero-width non-joiners included', () => {
    expect(requiredText('  سازمان همياري شهرداري\u200Cهاي  ', 'input.name', 'نام')).toBe('سازمان همياري شهرداري\u200Cهاي');
  });

  it.each([[''], ['   '], [null], [undefined]])('refuses %p, naming the field', (value) => {
    expect(() => requiredText(value as string, 'input.name', 'نام')).toThrow(BadUserInputError);
    try {
      requiredText(value as string, 'input.name', 'نام');
    } catch (error) {
      expect((error as BadUserInputError).field).toBe('input.name');
      expect((error as BadUserInputError).labelFa).toBe('نام');
    }
  });

  it('refuses an overlong text', () => {
    expect(() => requiredText('x'.repeat(501), 'input.name', 'نام')).toThrow(/at most 500/);
  });
});

describe('optionalText', () => {
  it('reads null, blank and undefined as unknown', () => {
    expect(optionalText(null, 'f', 'l')).toBeNull();
    expect(optionalText(' ', 'f', 'l')).toBeNull();
    expect(optionalText(undefined, 'f', 'l')).toBeNull();
    expect(optionalText(' a ', 'f', 'l')).toBe('a');
  });
});

describe('textChanges', () => {
  const fields = [
    { key: 'nameFa', required: true, labelFa: 'نام', path: 'input.nameFa' },
    { key: 'activityFa', required: false, labelFa: 'فعالیت', path: 'input.activityFa' },
  ] as const;

  it('changes only the fields the input names', () => {
    expect(textChanges({ activityFa: null }, fields)).toEqual({ activityFa: null });
    expect(textChanges({}, fields)).toEqual({});
    expect(textChanges({ nameFa: ' همیار ' }, fields)).toEqual({ nameFa: 'همیار' });
  });

  it('refuses to clear a required field', () => {
    expect(() => textChanges({ nameFa: null }, fields)).toThrow(/input\.nameFa/);
  });
});
