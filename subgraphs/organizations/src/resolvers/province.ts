import { recordKey, type ConnectionArgs } from '@hamyar/shared';
import { MunicipalityEntity, type ProvinceEntity } from '../entities';
import type { OrganizationsContext } from '../loaders';

export const Province = {
  __resolveReference(ref: { code: string }, ctx: OrganizationsContext) {
    return ctx.loaders.province.load(ref.code);
  },
  organization(province: ProvinceEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.organizationByProvince.load(province.code);
  },
  municipalities(province: ProvinceEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Province.municipalities', args, province.code, (keys, page) => ({
      entity: MunicipalityEntity,
      grouping: { column: 'province_code', keys },
      orderBy: ['name_fa', 'id'],
      page,
    }));
  },
  sources(province: ProvinceEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('Province', province.code));
  },
};
