import { citationsOfReport, findSourceReport, type ConnectionArgs, type SourceReport as Report } from '@hamyar/shared';
import type { OrganizationsContext } from '../loaders';

export const SourceReport = {
  __resolveReference(ref: { id: string }) {
    return findSourceReport(ref.id) ?? null;
  },
  title: (r: Report) => r.titleFa,
  publisher: (r: Report) => r.publisherFa,
  file: (r: Report) => r.file || null,
  organizationsCitations(r: Report, args: ConnectionArgs, ctx: OrganizationsContext) {
    return citationsOfReport(ctx.loaders.connections, 'SourceReport.organizationsCitations', r.id, args);
  },
};
