import { NotFoundError, loadList, pageRequest, parseId, parseProvinceCode, type ConnectionArgs } from '@hamyar/shared';
import { MunicipalityEntity, OrganizationEntity, ProvinceEntity } from '../entities';
import type { OrganizationsContext } from '../loaders';

export const Query = {
  async province(_: unknown, args: { code: string }, ctx: OrganizationsContext) {
    const code = parseProvinceCode(args.code, 'code');
    return (await ctx.loaders.province.load(code)) ?? Promise.reject(new NotFoundError('Province', code, 'code'));
  },
  provinces(_: unknown, args: ConnectionArgs, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, { entity: ProvinceEntity, orderBy: ['code'], page: pageRequest(args) });
  },
  async organization(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.organization.load(id)) ?? Promise.reject(new NotFoundError('Organization', id, 'id'));
  },
  organizations(_: unknown, args: ConnectionArgs, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, { entity: OrganizationEntity, orderBy: ['province_code', 'id'], page: pageRequest(args) });
  },
  async municipality(_: unknown, args: { id: string }, ctx: OrganizationsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.municipality.load(id)) ?? Promise.reject(new NotFoundError('Municipality', id, 'id'));
  },
  municipalities(_: unknown, args: ConnectionArgs, ctx: OrganizationsContext) {
    return loadList(ctx.dataSource, { entity: MunicipalityEntity, orderBy: ['name_fa', 'id'], page: pageRequest(args) });
  },
};
