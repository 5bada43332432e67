import { randomUUID } from 'node:crypto';
import { parseId, runMutation } from '@hamyar/shared';
import { OrganizationEntity, OrganizationFigureEntity } from '../entities';
import { parseFigure, type FigureInput } from '../domain/figures';
import { organizationChanges, type OrganizationUpdateInput } from '../domain/organization';
import type { OrganizationsContext } from '../loaders';
import { lockOrganization, requireSignedIn } from './access';

export function updateOrganization(ctx: OrganizationsContext, args: { id: string; version: number; input: OrganizationUpdateInput }) {
  requireSignedIn(ctx.identity, 'changing an organization');
  const id = parseId(args.id, 'id');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await lockOrganization(m, id, args.version, 'id');
    return m.update(OrganizationEntity, 'Organization', current, organizationChanges(current, args.input));
  });
}

/** Figures are appended, never overwritten; the organization's version moves on and its history says what was added. */
export function recordOrganizationFigure(ctx: OrganizationsContext, args: { organizationId: string; version: number; input: FigureInput }) {
  requireSignedIn(ctx.identity, 'recording a figure');
  const organizationId = parseId(args.organizationId, 'organizationId');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const organization = await lockOrganization(m, organizationId, args.version, 'organizationId');
    const figure = parseFigure(args.input);
    const id = randomUUID();
    await m.manager.insert(OrganizationFigureEntity, { id, organizationId, ...figure });
    return m.touch(OrganizationEntity, 'Organization', organization, { figures: { before: null, after: { id, ...figure } } });
  });
}
