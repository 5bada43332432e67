import { NotFoundError, findSourceReport, loadList, pageRequest, parseId, parseProvinceCode, type ConnectionArgs } from '@hamyar/shared';
import { MunicipalityEntity, OrganizationEntity, PersonEntity, ProvinceEntity, StatementEntity } from '../entities';

import { STATEMENT_ORDER } from './person';
import {
  municipalityConditions,
  municipalityOrder,
  organizationConditions,
  organizationOrder,
  provinceConditions,
  statementKindConditions,
  type ListOrder,
  type MunicipalityFilter,
  type StatementKindFilter,
  type OrganizationFilter,
} from '../domain/filters';
import type { OrganizationsContext } from '../loaders';

type ListArgs<F, O> = ConnectionArgs & { filter?: F | null; orderBy?: O | null };

export const Query = {
  async province(_: unknown, args: { code: string }, ctx: OrganizationsContext) {
    const code = parseProvinceCode(args.code, 'code');
    return (await ctx.loaders.province.load(code)) ?? Promise.reject(new NotFoundError('Province', code, 'code'));
  },
  provinces(_: unknown, args: ConnectionArgs & { search?: string | null }, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, {
      entity: ProvinceEntity,
      orderBy: ['code'],
      where: provinceConditions(args.search),
      page: pageRequest(args),
    });
  },
  async organization(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.organization.load(id)) ?? Promise.reject(new NotFoundError('Organization', id, 'id'));
  },
  organizations(_: unknown, args: ListArgs<OrganizationFilter, ListOrder<'NAME' | 'PROVINCE'>>, ctx: OrganizationsContext) {
    const page = pageRequest(args);
    return loadList(ctx.dataSource, {
      entity: OrganizationEntity,
      ...organizationOrder(args.orderBy),
      where: organizationConditions(args.filter),
      page,
    });
  },
  async municipality(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.municipality.load(id)) ?? Promise.reject(new NotFoundError('Municipality', id, 'id'));
  },
  municipalities(_: unknown, args: ListArgs<MunicipalityFilter, ListOrder<'NAME' | 'PROVINCE'>>, ctx: OrganizationsContext) {
    const page = pageRequest(args);
    return loadList(ctx.dataSource, {
      entity: MunicipalityEntity,
      ...municipalityOrder(args.orderBy),
      where: municipalityConditions(args.filter),
      page,
    });
  },
  sourceReport(_: unknown, args: { id: string }) {
    return findSourceReport(args.id) ?? Promise.reject(new NotFoundError('SourceReport', args.id, 'id'));
  },
  async person(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.person.load(id)) ?? Promise.reject(new NotFoundError('Person', id, 'id'));
  },
  people(_: unknown, args: ConnectionArgs, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, { entity: PersonEntity, orderBy: ['id'], page: pageRequest(args) });
  },
  async statement(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.statement.load(id)) ?? Promise.reject(new NotFoundError('Statement', id, 'id'));
  },
  statements(_: unknown, args: ConnectionArgs & StatementKindFilter, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, {
      entity: StatementEntity,
      orderBy: STATEMENT_ORDER,
      where: statementKindConditions(args.kinds),
      page: pageRequest(args),
    });
  },
};
