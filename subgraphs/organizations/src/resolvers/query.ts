import { NotFoundError, loadList, pageRequest, parseId, parseProvinceCode, type ConnectionArgs } from '@hamyar/shared';
import { MunicipalityEntity, OrganizationEntity, ProvinceEntity } from '../entities';
import {
  municipalityConditions,
  municipalityOrder,
  organizationConditions,
  organizationOrder,
  provinceConditions,
  type ListOrder,
  type MunicipalityFilter,
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
    return loadList(ctx.dataSource, { entity: ProvinceEntity, orderBy: ['code'], where: provinceConditions(args.search), page: pageRequest(args) });
  },
  async organization(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.organization.load(id)) ?? Promise.reject(new NotFoundError('Organization', id, 'id'));
  },
  organizations(_: unknown, args: ListArgs<OrganizationFilter, ListOrder<'NAME' | 'PROVINCE'>>, ctx: OrganizationsContext) {
    const page = pageRequest(args);
    return loadList(ctx.dataSource, { entity: OrganizationEntity, ...organizationOrder(args.orderBy), where: organizationConditions(args.filter), page });
  },
  async municipality(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.municipality.load(id)) ?? Promise.reject(new NotFoundError('Municipality', id, 'id'));
  },
  municipalities(_: unknown, args: ListArgs<MunicipalityFilter, ListOrder<'NAME' | 'PROVINCE'>>, ctx: OrganizationsContext) {
    const page = pageRequest(args);
    return loadList(ctx.dataSource, { entity: MunicipalityEntity, ...municipalityOrder(args.orderBy), where: municipalityConditions(args.filter), page });
  },
};
