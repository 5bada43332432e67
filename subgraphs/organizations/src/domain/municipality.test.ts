import { BadUserInputError } from '@hamyar/shared';
import { assertNameFree, assertOneCapital, municipalityChanges, newMunicipality } from './municipality';

const meymand = {
  provinceCode: 'IR-07',
  nameFa: 'میمند',
  nameEn: 'Meymand',
  isProvincialCapital: false,
  isMetropolis: null,
  searchText: 'میمند meymand',
};

const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).field;
  }
  throw new Error('no error');
};

describe('newMunicipality', () => {
  it('checks and normalises the fields, and derives the search text', () => {
    expect(newMunicipality({ provinceCode: 'ir-07', nameFa: ' كازرون ', nameEn: 'Kazerun' })).toEqual({
      provinceCode: 'IR-07',
      nameFa: 'كازرون',
      nameEn: 'Kazerun',
      isProvincialCapital: false,
      isMetropolis: null,
      searchText: 'کازرون kazerun',
    });
  });

  it('names the field of what is wrong', () => {
    expect(fieldOf(() => newMunicipality({ provinceCode: 'Fars', nameFa: 'x', nameEn: 'x' }))).toBe('input.provinceCode');
    expect(fieldOf(() => newMunicipality({ provinceCode: 'IR-07', nameFa: '', nameEn: 'x' }))).toBe('input.nameFa');
    expect(fieldOf(() => newMunicipality({ provinceCode: 'IR-07', nameFa: 'x', nameEn: ' ' }))).toBe('input.nameEn');
  });
});

describe('municipalityChanges', () => {
  it('changes only what the input names', () => {
    expect(municipalityChanges(meymand, { isMetropolis: false })).toEqual({ isMetropolis: false, searchText: 'میمند meymand' });
    expect(municipalityChanges(meymand, { nameEn: 'Meimand' }).searchText).toBe('میمند meimand');
  });

  it('refuses to make the capital flag unknown', () => {
    expect(fieldOf(() => municipalityChanges(meymand, { isProvincialCapital: null }))).toBe('input.isProvincialCapital');
  });
});

describe('province rules', () => {
  it('a province has one capital', () => {
    expect(fieldOf(() => assertOneCapital(true, 'شیراز'))).toBe('input.isProvincialCapital');
    expect(() => assertOneCapital(false, 'شیراز')).not.toThrow();
    expect(() => assertOneCapital(true, null)).not.toThrow();
  });

  it('no two municipalities of a province share a name, whatever the keyboard', () => {
    expect(fieldOf(() => assertNameFree('ميمند', ['شیراز', 'میمند']))).toBe('input.nameFa');
    expect(() => assertNameFree('کازرون', ['شیراز', 'میمند'])).not.toThrow();
  });
});
