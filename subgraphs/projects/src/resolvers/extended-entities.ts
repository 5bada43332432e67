import { citationsOfReport, type ConnectionArgs } from '@hamyar/shared';
import { InvestmentProjectEntity } from '../entities';
import { projectConditions, projectOrder } from '../domain/project-filter';
import type { ProjectsContext } from '../loaders';
import type { ProjectListArgs } from './query';

/** The list of projects whose `column` holds the parent's key, batched across all parents of a request. */
function projectsBy(field: string, column: string) {
  return (key: string, args: ProjectListArgs, ctx: ProjectsContext) =>
    ctx.loaders.connections.load(field, args, key, (keys, page) => ({
      entity: InvestmentProjectEntity,
      grouping: { column, keys },
      ...projectOrder(args.orderBy),
      where: projectConditions(args.filter, args.orderBy),
      page,
    }));
}

const byOrganization = projectsBy('Organization.projects', 'organization_id');
const byProvince = projectsBy('Province.projects', 'province_code');
const byMunicipality = projectsBy('Municipality.projects', 'municipality_id');

/** Entities owned by the organizations subgraph, which this subgraph extends with their projects. */
export const Organization = {
  projects: (o: { id: string }, args: ProjectListArgs, ctx: ProjectsContext) => byOrganization(o.id, args, ctx),
};

export const Province = {
  projects: (p: { code: string }, args: ProjectListArgs, ctx: ProjectsContext) => byProvince(p.code, args, ctx),
};

export const Municipality = {
  projects: (m: { id: string }, args: ProjectListArgs, ctx: ProjectsContext) => byMunicipality(m.id, args, ctx),
};

export const SourceReport = {
  __resolveReference: (ref: { id: string }) => ref,
  projectsCitations: (r: { id: string }, args: ConnectionArgs, ctx: ProjectsContext) =>
    citationsOfReport(ctx.loaders.connections, 'SourceReport.projectsCitations', r.id, args),
};
