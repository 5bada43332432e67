import type { SubsidiaryCompanyEntity } from '../entities';
import { subsidiarySearchText } from './search-text';
import { optionalText, requiredText, textChanges } from './text';

export interface SubsidiaryInput {
  readonly nameFa?: string | null;
  readonly nameEn?: string | null;
  readonly activityFa?: string | null;
  readonly activityEn?: string | null;
  readonly locationFa?: string | null;
}

type SubsidiaryFields = Pick<SubsidiaryCompanyEntity, 'nameFa' | 'nameEn' | 'activityFa' | 'activityEn' | 'locationFa' | 'searchText'>;

const FIELDS = [
  { key: 'nameFa', required: true, labelFa: 'نام', path: 'input.nameFa' },
  { key: 'nameEn', required: true, labelFa: 'نام انگلیسی', path: 'input.nameEn' },
  { key: 'activityFa', required: false, labelFa: 'زمینهٔ فعالیت', path: 'input.activityFa' },
  { key: 'activityEn', required: false, labelFa: 'زمینهٔ فعالیت (انگلیسی)', path: 'input.activityEn' },
  { key: 'locationFa', required: false, labelFa: 'محل', path: 'input.locationFa' },
] as const;

/** A new company's fields: names not empty, the rest optional. */
export function newSubsidiary(input: SubsidiaryInput): SubsidiaryFields {
  const fields = {
    nameFa: requiredText(input.nameFa, 'input.nameFa', 'نام'),
    nameEn: requiredText(input.nameEn, 'input.nameEn', 'نام انگلیسی'),
    activityFa: optionalText(input.activityFa, 'input.activityFa', 'زمینهٔ فعالیت'),
    activityEn: optionalText(input.activityEn, 'input.activityEn', 'زمینهٔ فعالیت (انگلیسی)'),
    locationFa: optionalText(input.locationFa, 'input.locationFa', 'محل'),
  };
  return { ...fields, searchText: subsidiarySearchText(fields) };
}

/** The columns an update changes. */
export function subsidiaryChanges(current: SubsidiaryFields, input: SubsidiaryInput): Partial<SubsidiaryCompanyEntity> {
  const changes = textChanges(input as Record<(typeof FIELDS)[number]['key'], string | null>, FIELDS) as Partial<SubsidiaryCompanyEntity>;
  return { ...changes, searchText: subsidiarySearchText({ ...current, ...changes }) };
}
