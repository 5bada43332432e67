import type { OrganizationEntity } from '../entities';
import { organizationSearchText } from './search-text';
import { textChanges } from './text';

/** An organization's editable fields as the API names them. */
export interface OrganizationUpdateInput {
  readonly name?: string | null;
  readonly nameEn?: string | null;
  readonly ceoName?: string | null;
  readonly ceoNameEn?: string | null;
}

type EditableFields = Pick<OrganizationEntity, 'nameFa' | 'nameEn' | 'ceoNameFa' | 'ceoNameEn'>;

/**
 * The columns an update changes: names cannot be emptied, a chief executive's name can be cleared; the
 * search text follows the fields it is made of.
 */
export function organizationChanges(current: EditableFields, input: OrganizationUpdateInput): Partial<OrganizationEntity> {
  const given = textChanges(input as Record<keyof OrganizationUpdateInput, string | null>, [
    { key: 'name', required: true, labelFa: 'نام سازمان', path: 'input.name' },
    { key: 'nameEn', required: true, labelFa: 'نام انگلیسی', path: 'input.nameEn' },
    { key: 'ceoName', required: false, labelFa: 'مدیرعامل', path: 'input.ceoName' },
    { key: 'ceoNameEn', required: false, labelFa: 'نام انگلیسی مدیرعامل', path: 'input.ceoNameEn' },
  ]);
  const changes: Partial<OrganizationEntity> = {};
  if ('name' in given) changes.nameFa = given.name!;
  if ('nameEn' in given) changes.nameEn = given.nameEn!;
  if ('ceoName' in given) changes.ceoNameFa = given.ceoName ?? null;
  if ('ceoNameEn' in given) changes.ceoNameEn = given.ceoNameEn ?? null;
  return { ...changes, searchText: organizationSearchText({ ...current, ...changes }) };
}
