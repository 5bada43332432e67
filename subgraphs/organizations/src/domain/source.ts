import { BadUserInputError, findSourceReport } from '@hamyar/shared';
import { optionalText } from './text';

/** A citation as a client gives it. */
export interface SourceInput {
  readonly reportId: string;
  readonly excerpt?: string | null;
}

/** A citation must name a report of the source record (or the reference data): every fact keeps its source. */
export function parseSource(input: SourceInput, field: string): { reportId: string; excerpt: string | null } {
  const reportId = input.reportId.trim();
  if (!findSourceReport(reportId)) {
    throw new BadUserInputError(
      `${field}.reportId`,
      `no report "${input.reportId}" in the source record; cite one of news-000 … news-004, or reference`,
      'منبع',
    );
  }
  return { reportId, excerpt: optionalText(input.excerpt, `${field}.excerpt`, 'متن مستند') };
}
