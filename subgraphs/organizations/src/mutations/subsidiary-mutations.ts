import { randomUUID } from 'node:crypto';
import { parseId, runMutation } from '@hamyar/shared';
import { OrganizationEntity, SubsidiaryCompanyEntity } from '../entities';
import { parseSource, type SourceInput } from '../domain/source';
import { newSubsidiary, subsidiaryChanges, type SubsidiaryInput } from '../domain/subsidiary';
import type { OrganizationsContext } from '../loaders';
import { cite, lockForEdit, lockOrganization, requireSignedIn } from './access';

/** A new company is a change of its founding organization too: the organization's version moves on. */
export function createSubsidiary(
  ctx: OrganizationsContext,
  args: { organizationId: string; version: number; input: SubsidiaryInput & { source?: SourceInput | null } },
) {
  requireSignedIn(ctx.identity, 'adding a subsidiary company');
  const organizationId = parseId(args.organizationId, 'organizationId');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const organization = await lockOrganization(m, organizationId, args.version, 'organizationId');
    const fields = newSubsidiary(args.input);
    const source = args.input.source ? parseSource(args.input.source, 'input.source') : null;
    const id = randomUUID();
    const created = await m.create(SubsidiaryCompanyEntity, 'SubsidiaryCompany', { id, organizationId, ...fields } as Omit<
      SubsidiaryCompanyEntity,
      'version'
    >);
    await cite(m, 'SubsidiaryCompany', id, source);
    await m.touch(OrganizationEntity, 'Organization', organization, {
      subsidiaries: { before: null, after: { id, nameFa: fields.nameFa } },
    });
    return created;
  });
}

export function updateSubsidiary(ctx: OrganizationsContext, args: { id: string; version: number; input: SubsidiaryInput }) {
  requireSignedIn(ctx.identity, 'changing a subsidiary company');
  const id = parseId(args.id, 'id');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await lockForEdit(
      m,
      { entity: SubsidiaryCompanyEntity, recordType: 'SubsidiaryCompany', id, version: args.version, field: 'id' },
      async (c) => (await m.manager.findOneByOrFail(OrganizationEntity, { id: c.organizationId })).provinceCode,
      (c) => `the subsidiary company ${c.nameEn}`,
    );
    return m.update(SubsidiaryCompanyEntity, 'SubsidiaryCompany', current, subsidiaryChanges(current, args.input));
  });
}
