import { recordKey, type RecordChangeView } from '@hamyar/shared';
import type { OrganizationsContext } from '../loaders';

/**
 * History rows name columns by the entity's property; the API names some fields differently (an
 * organization's `nameFa` is its `name`). `FieldChange.field` is the API's name.
 */
const API_FIELD_NAMES: Record<string, Record<string, string>> = {
  Organization: { nameFa: 'name', ceoNameFa: 'ceoName', provinceCode: 'province' },
  Municipality: { provinceCode: 'province' },
  SubsidiaryCompany: { organizationId: 'organization' },
};

export async function historyOf(recordType: string, id: string, ctx: OrganizationsContext): Promise<RecordChangeView[]> {
  const renames = API_FIELD_NAMES[recordType] ?? {};
  const changes = await ctx.loaders.history.load(recordKey(recordType, id));
  return changes.map((change) => ({ ...change, changes: change.changes.map((c) => ({ ...c, field: renames[c.field] ?? c.field })) }));
}
