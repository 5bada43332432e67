import { recordKey, type ConnectionArgs } from '@hamyar/shared';
import { StatementEntity, type PersonEntity } from '../entities';
import type { OrganizationsContext } from '../loaders';

/** A statement list in the reports' order: report, then place in the report. */
export const STATEMENT_ORDER = ['report_id', 'position', 'id'];

export const Person = {
  __resolveReference(ref: { id: string }, ctx: OrganizationsContext) {
    return ctx.loaders.person.load(ref.id);
  },
  name: (p: PersonEntity) => p.nameFa,
  role: (p: PersonEntity) => p.roleFa,
  body: (p: PersonEntity) => p.bodyFa,
  organization(p: PersonEntity, _: unknown, ctx: OrganizationsContext) {
    return p.organizationId ? ctx.loaders.organization.load(p.organizationId) : null;
  },
  province(p: PersonEntity, _: unknown, ctx: OrganizationsContext) {
    return p.provinceCode ? ctx.loaders.province.load(p.provinceCode) : null;
  },
  statements(p: PersonEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Person.statements', args, p.id, (keys, page) => ({
      entity: StatementEntity,
      grouping: { column: 'speaker_id', keys },
      orderBy: STATEMENT_ORDER,
      page,
    }));
  },
  sources(p: PersonEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('Person', p.id));
  },
};
