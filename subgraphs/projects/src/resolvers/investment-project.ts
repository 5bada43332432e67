import { dateView, moneyView, recordKey } from '@hamyar/shared';
import type { FundingSourceEntity, InvestmentProjectEntity, MilestoneEntity, ProgressReportEntity } from '../entities';
import { budgetView } from '../domain/budget';
import type { ProjectsContext } from '../loaders';

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
  capacity: (p: InvestmentProjectEntity) => (p.capacityValue !== null && p.capacityUnit ? { value: p.capacityValue, unit: p.capacityUnit } : null),
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
  history(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.history.load(recordKey('InvestmentProject', p.id));
  },
  milestones(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.milestones.load(p.id);
  },
  progress(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    return ctx.loaders.progress.load(p.id);
  },
  async percentComplete(p: InvestmentProjectEntity, _: unknown, ctx: ProjectsContext) {
    const reports = await ctx.loaders.progress.load(p.id);
    return reports.length > 0 ? Number(reports[reports.length - 1].percentComplete) : null;
  },
};

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
