import { randomUUID } from 'node:crypto';
import { NotFoundError, parseId, runMutation, writeChange, type Mutation } from '@hamyar/shared';
import { MunicipalityEntity, OrganizationEntity, ShareholdingEntity } from '../entities';
import { assertHolderInProvince, assertStakesFitTheWhole, parsePercent, type StakeSnapshot } from '../domain/shareholding';
import type { OrganizationsContext } from '../loaders';
import { lockOrganization, requireSignedIn } from './access';

export interface StakeArgs {
  readonly organizationId: string;
  readonly version: number;
  readonly municipalityId: string;
}

/**
 * Sets one holder's stake. The organization's row is locked first, so the sum of its other known stakes
 * read next cannot change before this transaction commits: two editors cannot together pass 100%.
 */
export function setShareholding(ctx: OrganizationsContext, args: StakeArgs & { percent?: string | null; isAmongLargest?: boolean | null }) {
  requireSignedIn(ctx.identity, 'changing shareholdings');
  const organizationId = parseId(args.organizationId, 'organizationId');
  const municipalityId = parseId(args.municipalityId, 'municipalityId');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const organization = await lockOrganization(m, organizationId, args.version, 'organizationId');
    const percent = parsePercent(args.percent);
    const municipality = await holderOf(m, organization, municipalityId);
    const [{ total }] = await m.manager.query(
      `SELECT COALESCE(sum(percent), 0)::text AS total FROM shareholding WHERE organization_id = $1 AND municipality_id <> $2`,
      [organizationId, municipalityId],
    );
    assertStakesFitTheWhole(total, percent);

    const existing = await m.manager.findOneBy(ShareholdingEntity, { organizationId, municipalityId });
    const isAmongLargest = args.isAmongLargest ?? false;
    if (existing) {
      await m.update(ShareholdingEntity, 'Shareholding', existing, { percent, isAmongLargest });
    } else {
      await m.create(ShareholdingEntity, 'Shareholding', {
        id: randomUUID(),
        organizationId,
        municipalityId,
        percent,
        isAmongLargest,
      } as Omit<ShareholdingEntity, 'version'>);
    }
    const before = existing ? snapshot(existing, municipality) : null;
    const after: StakeSnapshot = { municipalityId, municipality: municipality.nameFa, percent, isAmongLargest };
    if (JSON.stringify(before) === JSON.stringify(after)) return organization;
    return m.touch(OrganizationEntity, 'Organization', organization, { shareholdings: { before, after } });
  });
}

export function removeShareholding(ctx: OrganizationsContext, args: StakeArgs) {
  requireSignedIn(ctx.identity, 'changing shareholdings');
  const organizationId = parseId(args.organizationId, 'organizationId');
  const municipalityId = parseId(args.municipalityId, 'municipalityId');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const organization = await lockOrganization(m, organizationId, args.version, 'organizationId');
    const existing = await m.manager.findOneBy(ShareholdingEntity, { organizationId, municipalityId });
    if (!existing) throw new NotFoundError('Shareholding', `${organizationId}/${municipalityId}`, 'municipalityId');
    const municipality = await m.manager.findOneByOrFail(MunicipalityEntity, { id: municipalityId });
    await m.manager.delete(ShareholdingEntity, { id: existing.id });
    await writeChange(m.manager, m.actor, {
      recordType: 'Shareholding',
      recordId: existing.id,
      version: existing.version + 1,
      operation: 'DELETE',
      changes: { percent: { before: existing.percent, after: null }, isAmongLargest: { before: existing.isAmongLargest, after: null } },
    });
    return m.touch(OrganizationEntity, 'Organization', organization, {
      shareholdings: { before: snapshot(existing, municipality), after: null },
    });
  });
}

/** The holder: it must exist and belong to the organization's province. */
async function holderOf(m: Mutation, organization: OrganizationEntity, municipalityId: string): Promise<MunicipalityEntity> {
  const municipality = await m.manager.findOneBy(MunicipalityEntity, { id: municipalityId });
  if (!municipality) throw new NotFoundError('Municipality', municipalityId, 'municipalityId');
  assertHolderInProvince(municipality.provinceCode, organization.provinceCode);
  return municipality;
}

function snapshot(stake: ShareholdingEntity, municipality: MunicipalityEntity): StakeSnapshot {
  return {
    municipalityId: stake.municipalityId,
    municipality: municipality.nameFa,
    percent: stake.percent,
    isAmongLargest: stake.isAmongLargest,
  };
}
