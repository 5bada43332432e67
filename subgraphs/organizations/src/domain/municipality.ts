import { BadUserInputError, normalizePersian, parseProvinceCode } from '@hamyar/shared';
import type { MunicipalityEntity } from '../entities';
import { municipalitySearchText } from './search-text';
import { requiredText, textChanges } from './text';

export interface MunicipalityCreateInput {
  readonly provinceCode: string;
  readonly nameFa: string;
  readonly nameEn: string;
  readonly isProvincialCapital?: boolean | null;
  readonly isMetropolis?: boolean | null;
}

export interface MunicipalityUpdateInput {
  readonly nameFa?: string | null;
  readonly nameEn?: string | null;
  readonly isProvincialCapital?: boolean | null;
  readonly isMetropolis?: boolean | null;
}

type MunicipalityFields = Pick<
  MunicipalityEntity,
  'provinceCode' | 'nameFa' | 'nameEn' | 'isProvincialCapital' | 'isMetropolis' | 'searchText'
>;

/** A new municipality's fields, checked: a province code of the right shape, names not empty. */
export function newMunicipality(input: MunicipalityCreateInput): MunicipalityFields {
  const fields = {
    provinceCode: parseProvinceCode(input.provinceCode, 'input.provinceCode'),
    nameFa: requiredText(input.nameFa, 'input.nameFa', 'نام'),
    nameEn: requiredText(input.nameEn, 'input.nameEn', 'نام انگلیسی'),
    isProvincialCapital: input.isProvincialCapital ?? false,
    isMetropolis: input.isMetropolis ?? null,
  };
  return { ...fields, searchText: municipalitySearchText(fields) };
}

/** The columns an update changes; names cannot be emptied, `isProvincialCapital` cannot be unknown. */
export function municipalityChanges(current: MunicipalityFields, input: MunicipalityUpdateInput): Partial<MunicipalityEntity> {
  const changes: Partial<MunicipalityEntity> = textChanges(input as Record<'nameFa' | 'nameEn', string | null>, [
    { key: 'nameFa', required: true, labelFa: 'نام', path: 'input.nameFa' },
    { key: 'nameEn', required: true, labelFa: 'نام انگلیسی', path: 'input.nameEn' },
  ]) as Partial<MunicipalityEntity>;
  if ('isProvincialCapital' in input) {
    if (input.isProvincialCapital === null || input.isProvincialCapital === undefined) {
      throw new BadUserInputError(
        'input.isProvincialCapital',
        'a city is or is not its province’s capital; give true or false',
        'مرکز استان',
      );
    }
    changes.isProvincialCapital = input.isProvincialCapital;
  }
  if ('isMetropolis' in input) changes.isMetropolis = input.isMetropolis ?? null;
  return { ...changes, searchText: municipalitySearchText({ ...current, ...changes }) };
}

/** A province has one capital: `otherCapital` is the name of another municipality marked as its capital. */
export function assertOneCapital(isProvincialCapital: boolean, otherCapital: string | null): void {
  if (isProvincialCapital && otherCapital !== null) {
    throw new BadUserInputError(
      'input.isProvincialCapital',
      `the province already has its capital, ${otherCapital}; unmark it first`,
      'مرکز استان',
    );
  }
}

/**
 * No two municipalities of a province share a name, whatever keyboard typed it ("ميمند" is "میمند").
 * `others` are the Persian names of the province's other municipalities.
 */
export function assertNameFree(nameFa: string, others: readonly string[]): void {
  const key = normalizePersian(nameFa);
  const clash = others.find((other) => normalizePersian(other) === key);
  if (clash !== undefined) {
    throw new BadUserInputError('input.nameFa', `the province already has a municipality named ${clash}`, 'نام');
  }
}
