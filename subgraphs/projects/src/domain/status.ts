import { BadUserInputError } from '@hamyar/shared';
import type { ProjectStatus } from '../entities/investment-project.entity';

/**
 * A project's life cycle. A project moves forward, may be suspended and resumed while under way, and may be
 * cancelled until it is completed; completed and cancelled projects are final.
 */
const NEXT_STATUSES: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['IN_PROGRESS', 'SUSPENDED', 'CANCELLED'],
  IN_PROGRESS: ['SUSPENDED', 'COMPLETED', 'CANCELLED'],
  SUSPENDED: ['IN_PROGRESS', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/**
 * `from` is null when no report stated the project's status: learning it is not a transition, so any status
 * may be recorded.
 */
export function assertStatusTransition(from: ProjectStatus | null, to: ProjectStatus): void {
  if (from === null || NEXT_STATUSES[from].includes(to)) return;
  const allowed = NEXT_STATUSES[from];
  const reason =
    from === to
      ? `the project is already ${to}`
      : allowed.length === 0
        ? `a ${from} project is final and cannot become ${to}`
        : `a ${from} project can become ${allowed.join(' or ')}, not ${to}`;
  throw new BadUserInputError('status', reason, 'وضعیت طرح');
}
