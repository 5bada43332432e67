import { NotFoundError } from '@hamyar/shared';
import { In, type EntityManager } from 'typeorm';
import { CooperationAreaEntity, EventEntity } from '../entities';
import type { AgreementsContext } from '../loaders';

/** A reference an input makes, and the input field that makes it (for the error when it does not exist). */
export interface Reference {
  readonly id: string;
  readonly field: string;
}

/**
 * The provinces of the cooperation organizations referred to, asked of the organizations subgraph through the
 * gateway in one request (never read from its tables). Any that does not exist: NOT_FOUND naming its field.
 */
export async function organizationProvinces(ctx: AgreementsContext, refs: readonly Reference[]): Promise<Map<string, string>> {
  const ids = [...new Set(refs.map((ref) => ref.id))];
  if (ids.length === 0) return new Map();
  const found = await ctx.references.find('organization', ids);
  const provinces = new Map<string, string>();
  ids.forEach((id, i) => {
    const code = found[i]?.province?.code;
    if (code) provinces.set(id, code);
  });
  const missing = refs.find((ref) => !provinces.has(ref.id));
  if (missing) throw new NotFoundError('Organization', missing.id, missing.field);
  return provinces;
}

/** Checks that the investment projects exist, asking the projects subgraph once, through the gateway. */
export async function assertProjectsExist(ctx: AgreementsContext, refs: readonly Reference[]): Promise<void> {
  const ids = [...new Set(refs.map((ref) => ref.id))];
  if (ids.length === 0) return;
  const found = await ctx.references.find('project', ids);
  const existing = new Set(found.filter((p): p is { id: string } => p !== null).map((p) => p.id));
  const missing = refs.find((ref) => !existing.has(ref.id));
  if (missing) throw new NotFoundError('InvestmentProject', missing.id, missing.field);
}

/** Events are this subgraph's own: checked in the mutation's transaction. */
export async function assertEventExists(manager: EntityManager, id: string, field: string): Promise<void> {
  if (!(await manager.existsBy(EventEntity, { id }))) throw new NotFoundError('Event', id, field);
}

/** Cooperation areas are this subgraph's own: every code must be a known one. */
export async function assertAreasExist(manager: EntityManager, codes: readonly string[], field: string): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set((await manager.findBy(CooperationAreaEntity, { code: In([...codes]) })).map((area) => area.code));
  const missing = codes.findIndex((code) => !known.has(code));
  if (missing >= 0) throw new NotFoundError('CooperationArea', codes[missing], `${field}[${missing}]`);
}
