import { NotFoundError, loadList, moneyView, nodeColumns, pageRequest, parseId, type ConnectionArgs } from '@hamyar/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { InvestmentProjectEntity } from '../entities';
import {
  investmentSummarySql,
  rollupServes,
  sumQualifier,
  type InvestmentGrouping,
  type InvestmentSummaryRow,
} from '../domain/investment-summary';
import { projectConditions, projectOrder, type ProjectFilter, type ProjectOrderField } from '../domain/project-filter';
import type { ProjectsContext } from '../loaders';
import { INVESTMENT_PROJECT_COLUMNS } from './investment-project';

export interface ProjectListArgs extends ConnectionArgs {
  readonly filter?: ProjectFilter | null;
  readonly orderBy?: { field: ProjectOrderField; direction?: 'ASC' | 'DESC' | null } | null;
}

export const Query = {
  async project(_: unknown, args: { id: string }, ctx: ProjectsContext) {
    const id = parseId(args.id, 'id');
    return (await ctx.loaders.project.load(id)) ?? Promise.reject(new NotFoundError('InvestmentProject', id, 'id'));
  },
  projects(_: unknown, args: ProjectListArgs, ctx: ProjectsContext, info: GraphQLResolveInfo) {
    return loadList(ctx.dataSource, {
      entity: InvestmentProjectEntity,
      ...projectOrder(args.orderBy),
      where: projectConditions(args.filter, args.orderBy),
      page: pageRequest(args),
      select: nodeColumns(info, INVESTMENT_PROJECT_COLUMNS),
    });
  },
  async investmentSummary(_: unknown, args: { groupBy: InvestmentGrouping[]; filter?: ProjectFilter | null }, ctx: ProjectsContext) {
    const sql = investmentSummarySql(args.groupBy, projectConditions(args.filter), rollupServes(args.filter) ? 'rollup' : 'projects');
    const rows: InvestmentSummaryRow[] = await ctx.dataSource.query(sql.text, sql.params);
    return rows.map((row) => ({
      province: row.province_code ? { __typename: 'Province', code: row.province_code } : null,
      sector: row.sector ?? null,
      status: row.status ?? null,
      year: row.started_jalali_year ?? null,
      projectCount: row.project_count,
      projectsWithBudget: row.projects_with_budget,
      projectsWithoutBudget: row.project_count - row.projects_with_budget,
      budgetRanges: row.budget_ranges,
      budgetMin: row.budget_min === null ? null : moneyView(row.budget_min),
      budgetMax: row.budget_max === null ? null : moneyView(row.budget_max),
      projectsWithJobs: row.projects_with_jobs,
      projectsWithoutJobs: row.project_count - row.projects_with_jobs,
      expectedJobs: row.expected_jobs === null ? null : Number(row.expected_jobs),
      expectedJobsQualifier: sumQualifier({
        summed: row.projects_with_jobs,
        atLeast: row.jobs_at_least,
        atMost: row.jobs_at_most,
        about: row.jobs_about,
      }),
      projectsWithoutStatus: row.projects_without_status,
    }));
  },
};
