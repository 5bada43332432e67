// The projects subgraph's writes, one function a mutation, as the other subgraphs keep theirs: each checks its
// input (naming the field) and the caller's right to edit the province, and runs in one transaction with its
// history entry (runMutation). resolvers/mutation.ts only hands them their arguments.
import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  NotFoundError,
  assertMayEdit,
  assertSignedIn,
  optionalText,
  requiredText,
  parseId,
  runMutation,
  type Identity,
} from '@hamyar/shared';
import { FundingSourceEntity, InvestmentProjectEntity, MilestoneEntity, ProgressReportEntity, ProjectPartyEntity } from '../entities';
import type { FundingKind } from '../entities/funding-source.entity';
import type { FigureQualifier, ProjectSector, ProjectStatus } from '../entities/investment-project.entity';
import type { ProjectPartyRole } from '../entities/project-party.entity';
import {
  assertDateOrder,
  budgetColumns,
  capacityColumns,
  jobsColumns,
  optionalDate,
  percentComplete,
  type BudgetInput,
} from '../domain/project-input';
import { jalaliYearOf, projectSearchText } from '../domain/project-record';
import { assertStatusTransition } from '../domain/status';
import type { ProjectsContext } from '../loaders';

export type DateInput = { iso?: string | null; jalali?: string | null };

export interface CreateProjectInput {
  organizationId: string;
  municipalityId?: string | null;
  title: string;
  titleEn?: string | null;
  description?: string | null;
  sector: ProjectSector;
  status?: ProjectStatus | null;
  budget?: BudgetInput | null;
  expectedJobs?: number | null;
  expectedJobsQualifier?: FigureQualifier | null;
  capacity?: { value: string; unit: string } | null;
  startedOn?: DateInput | null;
  plannedCompletionOn?: DateInput | null;
  fundingSources?: { kind: FundingKind; name?: string | null; amountRials?: bigint | null }[] | null;
  parties?: { nameFa: string; nameEn?: string | null; role: ProjectPartyRole }[] | null;
}

export type UpdateProjectInput = Partial<
  Omit<CreateProjectInput, 'organizationId' | 'municipalityId' | 'status' | 'fundingSources' | 'parties' | 'capacity'>
>;

const editing = (identity: Identity) => (project: InvestmentProjectEntity) =>
  assertMayEdit(identity, project.provinceCode, `the project "${project.titleFa}"`);

export async function createProject(ctx: ProjectsContext, { input }: { input: CreateProjectInput }) {
  assertSignedIn(ctx.identity, 'creating a project');
  const organizationId = parseId(input.organizationId, 'input.organizationId');
  const municipalityId = input.municipalityId ? parseId(input.municipalityId, 'input.municipalityId') : null;
  const startedOn = optionalDate(input.startedOn, 'input.startedOn');
  const plannedCompletionOn = optionalDate(input.plannedCompletionOn, 'input.plannedCompletionOn');
  assertDateOrder(startedOn, plannedCompletionOn);
  const fields = {
    titleFa: requiredText(input.title, 'input.title', 'عنوان طرح'),
    titleEn: optionalText(input.titleEn, 'input.titleEn', 'عنوان انگلیسی'),
    descriptionFa: optionalText(input.description, 'input.description', 'شرح', 5000),
    sector: input.sector,
    // Left out: PROPOSED, a new project's first stage; given as null: not known.
    status: input.status === undefined ? 'PROPOSED' : input.status,
    ...budgetColumns(input.budget, 'input.budget'),
    ...jobsColumns(input.expectedJobs, input.expectedJobsQualifier, 'input'),
    ...capacityColumns(input.capacity),
    startedOn,
    plannedCompletionOn,
    startedJalaliYear: jalaliYearOf(startedOn),
  };
  const funding = (input.fundingSources ?? []).map((f, i) => {
    if (f.amountRials != null && f.amountRials < 0n)
      throw new BadUserInputError(`input.fundingSources[${i}].amountRials`, 'an amount cannot be negative', 'مبلغ');
    return {
      kind: f.kind,
      nameFa: optionalText(f.name, `input.fundingSources[${i}].name`, 'نام منبع مالی'),
      amountRials: f.amountRials?.toString() ?? null,
    };
  });
  const parties = (input.parties ?? []).map((p, i) => ({
    nameFa: requiredText(p.nameFa, `input.parties[${i}].nameFa`, 'نام طرف'),
    nameEn: optionalText(p.nameEn, `input.parties[${i}].nameEn`, 'نام انگلیسی طرف'),
    role: p.role,
  }));

  // The organization (and municipality) belong to the organizations subgraph: ask through the gateway, never its tables.
  const [organization] = await ctx.references.find('organization', [organizationId]);
  if (!organization?.province) throw new NotFoundError('Organization', organizationId, 'input.organizationId');
  const provinceCode = organization.province.code;
  assertMayEdit(ctx.identity, provinceCode, `projects of ${provinceCode}`);
  if (municipalityId) {
    const [municipality] = await ctx.references.find('municipality', [municipalityId]);
    if (!municipality?.province) throw new NotFoundError('Municipality', municipalityId, 'input.municipalityId');
    if (municipality.province.code !== provinceCode) {
      throw new BadUserInputError(
        'input.municipalityId',
        `the municipality is in ${municipality.province.code}, not in the organization's province ${provinceCode}`,
        'شهرداری',
      );
    }
  }

  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const id = randomUUID();
    const project = await m.create(
      InvestmentProjectEntity,
      'InvestmentProject',
      {
        id,
        organizationId,
        provinceCode,
        municipalityId,
        ...fields,
        isSynthetic: false,
        searchText: projectSearchText(fields),
      },
      { fundingSources: funding.length ? funding : null, parties: parties.length ? parties : null },
    );
    if (funding.length)
      await m.manager.insert(
        FundingSourceEntity,
        funding.map((f) => ({ id: randomUUID(), projectId: id, ...f })),
      );
    if (parties.length)
      await m.manager.insert(
        ProjectPartyEntity,
        parties.map((p) => ({ id: randomUUID(), projectId: id, ...p })),
      );
    return project;
  });
}

export async function updateProject(ctx: ProjectsContext, args: { id: string; version: number; input: UpdateProjectInput }) {
  assertSignedIn(ctx.identity, 'changing a project');
  const id = parseId(args.id, 'id');
  const { input } = args;
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await m.lock(InvestmentProjectEntity, 'InvestmentProject', id, args.version, editing(ctx.identity));
    const changes: Partial<InvestmentProjectEntity> = {};
    if (input.title !== undefined) changes.titleFa = requiredText(input.title, 'input.title', 'عنوان طرح');
    if (input.titleEn !== undefined) changes.titleEn = optionalText(input.titleEn, 'input.titleEn', 'عنوان انگلیسی');
    if (input.description !== undefined) changes.descriptionFa = optionalText(input.description, 'input.description', 'شرح', 5000);
    if (input.sector != null) changes.sector = input.sector;
    if (input.budget !== undefined) Object.assign(changes, budgetColumns(input.budget, 'input.budget'));
    if (input.expectedJobs !== undefined) Object.assign(changes, jobsColumns(input.expectedJobs, input.expectedJobsQualifier, 'input'));
    if (input.startedOn !== undefined) changes.startedOn = optionalDate(input.startedOn, 'input.startedOn');
    if (input.plannedCompletionOn !== undefined)
      changes.plannedCompletionOn = optionalDate(input.plannedCompletionOn, 'input.plannedCompletionOn');
    const next = { ...current, ...changes };
    assertDateOrder(next.startedOn, next.plannedCompletionOn);
    changes.startedJalaliYear = jalaliYearOf(next.startedOn);
    changes.searchText = projectSearchText(next);
    return m.update(InvestmentProjectEntity, 'InvestmentProject', current, changes);
  });
}

export async function changeProjectStatus(ctx: ProjectsContext, args: { id: string; version: number; status: ProjectStatus }) {
  assertSignedIn(ctx.identity, 'changing a project');
  const id = parseId(args.id, 'id');
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await m.lock(InvestmentProjectEntity, 'InvestmentProject', id, args.version, editing(ctx.identity));
    assertStatusTransition(current.status, args.status);
    return m.update(InvestmentProjectEntity, 'InvestmentProject', current, { status: args.status });
  });
}

export async function recordProjectMilestone(
  ctx: ProjectsContext,
  args: { projectId: string; version: number; input: { title: string; dueOn?: DateInput | null; completedOn?: DateInput | null } },
) {
  assertSignedIn(ctx.identity, 'recording a milestone');
  const id = parseId(args.projectId, 'projectId');
  const milestone = {
    titleFa: requiredText(args.input.title, 'input.title', 'عنوان نقطهٔ عطف'),
    dueOn: optionalDate(args.input.dueOn, 'input.dueOn'),
    completedOn: optionalDate(args.input.completedOn, 'input.completedOn'),
  };
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await m.lock(InvestmentProjectEntity, 'InvestmentProject', id, args.version, editing(ctx.identity));
    await m.manager.insert(MilestoneEntity, { id: randomUUID(), projectId: id, ...milestone });
    return m.touch(InvestmentProjectEntity, 'InvestmentProject', current, { milestone: { before: null, after: milestone } });
  });
}

export async function recordProjectProgress(
  ctx: ProjectsContext,
  args: { projectId: string; version: number; input: { percentComplete: number; reportedOn: DateInput; note?: string | null } },
) {
  assertSignedIn(ctx.identity, 'recording progress');
  const id = parseId(args.projectId, 'projectId');
  const report = {
    percentComplete: percentComplete(args.input.percentComplete, 'input.percentComplete'),
    reportedOn: optionalDate(args.input.reportedOn, 'input.reportedOn')!,
    note: optionalText(args.input.note, 'input.note', 'توضیح', 5000),
  };
  return runMutation(ctx.dataSource, ctx.identity, async (m) => {
    const current = await m.lock(InvestmentProjectEntity, 'InvestmentProject', id, args.version, editing(ctx.identity));
    const previous = await m.manager.findOne(ProgressReportEntity, { where: { projectId: id }, order: { reportedOn: 'DESC', id: 'DESC' } });
    await m.manager.insert(ProgressReportEntity, { id: randomUUID(), projectId: id, ...report });
    return m.touch(InvestmentProjectEntity, 'InvestmentProject', current, {
      percentComplete: { before: previous ? Number(previous.percentComplete) : null, after: Number(report.percentComplete) },
    });
  });
}
