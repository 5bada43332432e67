import { sourceView } from '@hamyar/shared';
import type { StatementEntity } from '../entities';
import type { OrganizationsContext } from '../loaders';

export const Statement = {
  __resolveReference(ref: { id: string }, ctx: OrganizationsContext) {
    return ctx.loaders.statement.load(ref.id);
  },
  summary: (s: StatementEntity) => s.summaryFa,
  attributedTo: (s: StatementEntity) => s.attributedToFa,
  speaker(s: StatementEntity, _: unknown, ctx: OrganizationsContext) {
    return s.speakerId ? ctx.loaders.person.load(s.speakerId) : null;
  },
  organization(s: StatementEntity, _: unknown, ctx: OrganizationsContext) {
    return s.organizationId ? ctx.loaders.organization.load(s.organizationId) : null;
  },
  event: (s: StatementEntity) => (s.eventId ? { __typename: 'Event', id: s.eventId } : null),
  project: (s: StatementEntity) => (s.projectId ? { __typename: 'InvestmentProject', id: s.projectId } : null),
  figure(s: StatementEntity) {
    if (s.figureValue === null || s.figureQualifier === null) return null;
    return {
      value: s.figureValue,
      max: s.figureMax ?? s.figureValue,
      qualifier: s.figureQualifier,
      reportedText: s.figureReportedText,
      unit: s.figureUnitFa,
      about: s.figureAboutFa,
      aboutEn: s.figureAboutEn,
    };
  },
  // Every statement is said in one report, so its source is its own row's.
  source: (s: StatementEntity, _: unknown, ctx: OrganizationsContext) =>
    ctx.loaders.sources.load(`Statement|${s.id}`).then((sources) => sources[0] ?? sourceView(s.reportId, null)),
};
