import { recordKey, type ConnectionArgs } from '@hamyar/shared';
import type { MunicipalityEntity, ShareholdingEntity, SubsidiaryCompanyEntity } from '../entities';
import type { OrganizationsContext } from '../loaders';
import { historyOf } from './history';

export const Municipality = {
  __resolveReference(ref: { id: string }, ctx: OrganizationsContext) {
    return ctx.loaders.municipality.load(ref.id);
  },
  province(m: MunicipalityEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.province.load(m.provinceCode);
  },
  shareholding(m: MunicipalityEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.shareholdingByMunicipality.load(m.id);
  },
  sources(m: MunicipalityEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('Municipality', m.id));
  },
  history(m: MunicipalityEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return historyOf('Municipality', m.id, args, ctx);
  },
};

export const Shareholding = {
  municipality(s: ShareholdingEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.municipality.load(s.municipalityId);
  },
  organization(s: ShareholdingEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.organization.load(s.organizationId);
  },
  sources(s: ShareholdingEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('Shareholding', s.id));
  },
};

export const SubsidiaryCompany = {
  organization(c: SubsidiaryCompanyEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.organization.load(c.organizationId);
  },
  sources(c: SubsidiaryCompanyEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('SubsidiaryCompany', c.id));
  },
  history(c: SubsidiaryCompanyEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return historyOf('SubsidiaryCompany', c.id, args, ctx);
  },
};
