import { dateView, historyPage, moneyView, recordKey, type ConnectionArgs, type FieldColumns } from '@hamyar/shared';
import { MilestoneEntity, ProgressReportEntity, type FundingSourceEntity, type InvestmentProjectEntity } from '../entities';
import { budgetView } from '../domain/budget';
import type { ProjectsContext } from '../loaders';

/**
 * What each field of InvestmentProject reads of its row, for the pages of projects to load only those columns
 * (nodeColumns). A field's resolver and its entry change together; investment-project.test.ts checks every
 * field of the schema has one. Lists and loaders of the project's children read only its id.
 */
export const INVESTMENT_PROJECT_COLUMNS: FieldColumns<InvestmentProjectEntity> = {
  id: [],
  title: ['titleFa'],
  titleEn: ['titleEn'],
  description: ['descriptionFa'],
  organization: ['organizationId'],
  province: ['provinceCode'],
  municipality: ['municipalityId'],
  sector: ['sector'],
  status: ['status'],
  budget: ['budgetMinRials', 'budgetMaxRials', 'budgetReportedText', 'budgetReportedUnit'],
  expectedJobs: ['expectedJobs'],
  expectedJobsQualifier: ['expectedJobsQualifier'],
  capacity: ['capacityValue', 'capacityUnit'],
  fundingSources: [],
  parties: [],
  startedOn: ['startedOn'],
  plannedCompletionOn: ['plannedCompletionOn'],
  milestones: [],
  progress: [],
  percentComplete: [],
  isSynthetic: ['isSynthetic'],
  sources: [],
  version: ['version'],
  history: [],
};

export const InvestmentProject = {
  __resolveReference(ref: { id: string }, ctx: ProjectsContext) {
    return ctx.loaders.project.load(ref.id);
  },
  title: (p: InvestmentProjectEntity) => p.titleFa,
  description: (p: InvestmentProjectEntity) => p.descriptionFa,
  organization: (p: InvestmentProjectEntity) => ({ __typename: 'Organization', id: p.organizationId }),
  province: (p: InvestmentProjectEntity) => ({ __typename: 'Province', code: p.provinceCode }),
  municipality: (p: InvestmentProjectEntity) => (p.municipalityId ? { __typename: 'Municipality', id: p.municipalityId } : null),
  budget: (p: InvestmentProjectEntity) => budgetView(p.budgetMinRials, p.budgetMaxRials, p.budgetReportedText, p.budgetReportedUnit),
  capacity: (p: InvestmentProjectEntity) =>
    p.capacityValue !== null && p.capacityUnit ? { value: p.capacityValue, unit: p.capacityUnit } : null,
  startedOn: (p: InvestmentProjectEntity) => dateView(p.startedOn),
  plannedCompletionOn: (p: InvestmentProjectEntity) => dateView(p.plannedCompletionOn),
  fundingSources(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.fundingSources.load(p.id);
  },
  parties(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.parties.load(p.id);
  },
  sources(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.sources.load(recordKey('InvestmentProject', p.id));
  },
  history(p: InvestmentProjectEntity, args: ConnectionArgs, ctx: ProjectsContext) {
    return historyPage(ctx.loaders.connections, 'InvestmentProject', p.id, args);
  },
  milestones(p: InvestmentProjectEntity, args: ConnectionArgs, ctx: ProjectsContext) {
    // By due day, those without one last (index project_milestone_page).
    return ctx.loaders.connections.load('InvestmentProject.milestones', args, p.id, (keys, page) => ({
      entity: MilestoneEntity,
      grouping: { column: 'project_id', keys },
      orderBy: ['due_on', 'id'],
      page,
    }));
  },
  progress(p: InvestmentProjectEntity, args: ConnectionArgs, ctx: ProjectsContext) {
    return progressReports(p, args, ctx);
  },
  async percentComplete(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    // The latest report is the last page of one: one index probe per project, all projects in one statement.
    const [latest] = (await progressReports(p, { last: 1 }, ctx)).nodes;
    return latest ? Number(latest.percentComplete) : null;
  },
};

/** A page of a project's progress reports, oldest first (index project_progress_page). */
function progressReports(p: InvestmentProjectEntity, args: ConnectionArgs, ctx: ProjectsContext) {
  return ctx.loaders.connections.load('InvestmentProject.progress', args, p.id, (keys, page) => ({
    entity: ProgressReportEntity,
    grouping: { column: 'project_id', keys },
    orderBy: ['reported_on', 'id'],
    page,
  }));
}

export const Milestone = {
  title: (m: MilestoneEntity) => m.titleFa,
  dueOn: (m: MilestoneEntity) => dateView(m.dueOn),
  completedOn: (m: MilestoneEntity) => dateView(m.completedOn),
};

export const ProgressReport = {
  percentComplete: (r: ProgressReportEntity) => Number(r.percentComplete),
  reportedOn: (r: ProgressReportEntity) => dateView(r.reportedOn),
};

export const FundingSource = {
  name: (f: FundingSourceEntity) => f.nameFa,
  amount: (f: FundingSourceEntity) => moneyView(f.amountRials),
};
