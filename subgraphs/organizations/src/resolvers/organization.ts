import { sourceView, recordKey, dateView, type ConnectionArgs } from '@hamyar/shared';
import {
  OrganizationFigureEntity,
  PersonEntity,
  ShareholdingEntity,
  StatementEntity,
  SubsidiaryCompanyEntity,
  type OrganizationEntity,
} from '../entities';
import { STATEMENT_ORDER } from './person';
import { currentFigure } from '../domain/figures';
import type { OrganizationsContext } from '../loaders';
import { historyOf } from './history';

/** By metric and kind, then in the order recorded (the later achieved figure is the current one): index `organization_figure_page`. */
const FIGURE_ORDER = ['metric', 'kind', 'recorded_order', 'id'];

export const Organization = {
  __resolveReference(ref: { id: string }, ctx: OrganizationsContext) {
    return ctx.loaders.organization.load(ref.id);
  },
  name: (o: OrganizationEntity) => o.nameFa,
  ceoName: (o: OrganizationEntity) => o.ceoNameFa,
  province(o: OrganizationEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.province.load(o.provinceCode);
  },
  figures(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Organization.figures', args, o.id, (keys, page) => ({
      entity: OrganizationFigureEntity,
      grouping: { column: 'organization_id', keys },
      orderBy: FIGURE_ORDER,
      page,
    }));
  },
  async shareholderMunicipalityCount(o: OrganizationEntity, _: unknown, ctx: OrganizationsContext) {
    return currentFigure(await ctx.loaders.figures.load(o.id), 'SHAREHOLDER_MUNICIPALITIES');
  },
  async municipalityCount(o: OrganizationEntity, _: unknown, ctx: OrganizationsContext) {
    return currentFigure(await ctx.loaders.figures.load(o.id), 'MUNICIPALITIES_IN_PROVINCE');
  },
  shareholdings(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Organization.shareholdings', args, o.id, (keys, page) => ({
      entity: ShareholdingEntity,
      grouping: { column: 'organization_id', keys },
      orderBy: ['percent_order', 'id'],
      descending: true,
      page,
    }));
  },
  shareholderStructure(o: OrganizationEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.shareholderStructure.load(o.id);
  },
  subsidiaries(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Organization.subsidiaries', args, o.id, (keys, page) => ({
      entity: SubsidiaryCompanyEntity,
      grouping: { column: 'organization_id', keys },
      orderBy: ['name_fa', 'id'],
      page,
    }));
  },
  people(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Organization.people', args, o.id, (keys, page) => ({
      entity: PersonEntity,
      grouping: { column: 'organization_id', keys },
      orderBy: ['id'],
      page,
    }));
  },
  statements(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return ctx.loaders.connections.load('Organization.statements', args, o.id, (keys, page) => ({
      entity: StatementEntity,
      grouping: { column: 'organization_id', keys },
      orderBy: STATEMENT_ORDER,
      page,
    }));
  },
  sources(o: OrganizationEntity, _: unknown, ctx: OrganizationsContext) {
    return ctx.loaders.sources.load(recordKey('Organization', o.id));
  },
  history(o: OrganizationEntity, args: ConnectionArgs, ctx: OrganizationsContext) {
    return historyOf('Organization', o.id, args, ctx);
  },
};

export const OrganizationFigure = {
  asOf: (f: OrganizationFigureEntity) => dateView(f.asOf),
  source: (f: OrganizationFigureEntity) => sourceView(f.reportId, f.excerpt),
};
