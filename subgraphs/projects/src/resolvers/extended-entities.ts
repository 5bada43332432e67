import { citationsOfReport, nodeColumns, type ConnectionArgs } from '@hamyar/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { InvestmentProjectEntity } from '../entities';
import { projectConditions, projectOrder } from '../domain/project-filter';
import type { ProjectsContext } from '../loaders';
import { INVESTMENT_PROJECT_COLUMNS } from './investment-project';
import type { ProjectListArgs } from './query';

/** The list of projects whose `column` holds the parent's key, batched across all parents of a request. */
function projectsBy(field: string, column: string) {
  return (key: string, args: ProjectListArgs, ctx: ProjectsContext, info: GraphQLResolveInfo) =>
    ctx.loaders.connections.load(
      field,
      args,
      key,
      (keys, page) => ({
        entity: InvestmentProjectEntity,
        grouping: { column, keys },
        ...projectOrder(args.orderBy),
        where: projectConditions(args.filter, args.orderBy),
        page,
      }),
      nodeColumns(info, INVESTMENT_PROJECT_COLUMNS),
    );
}

const byOrganization = projectsBy('Organization.projects', 'organization_id');
const byProvince = projectsBy('Province.projects', 'province_code');
const byMunicipality = projectsBy('Municipality.projects', 'municipality_id');

/** Entities owned by the organizations subgraph, which this subgraph extends with their projects. */
export const Organization = {
  projects: (o: { id: string }, args: ProjectListArgs, ctx: ProjectsContext, info: GraphQLResolveInfo) =>
    byOrganization(o.id, args, ctx, info),
};

export const Province = {
  projects: (p: { code: string }, args: ProjectListArgs, ctx: ProjectsContext, info: GraphQLResolveInfo) =>
    byProvince(p.code, args, ctx, info),
};

export const Municipality = {
  projects: (m: { id: string }, args: ProjectListArgs, ctx: ProjectsContext, info: GraphQLResolveInfo) =>
    byMunicipality(m.id, args, ctx, info),
};

export const SourceReport = {
  __resolveReference: (ref: { id: string }) => ref,
  projectsCitations: (r: { id: string }, args: ConnectionArgs, ctx: ProjectsContext) =>
    citationsOfReport(ctx.loaders.connections, 'SourceReport.projectsCitations', r.id, args),
};
