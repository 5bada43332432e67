import { historyPage, mapConnection, type ConnectionArgs, type Connection, type RecordChangeView } from '@hamyar/shared';
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

/** A page of a record's history, with the API's field names. */
export async function historyOf(
  recordType: string,
  id: string,
  args: ConnectionArgs,
  ctx: OrganizationsContext,
): Promise<Connection<RecordChangeView>> {
  const renames = API_FIELD_NAMES[recordType] ?? {};
  const page = await historyPage(ctx.loaders.connections, recordType, id, args);
  return mapConnection(page, (change) => ({
    ...change,
    changes: change.changes.map((c) => ({ ...c, field: renames[c.field] ?? c.field })),
  }));
}
