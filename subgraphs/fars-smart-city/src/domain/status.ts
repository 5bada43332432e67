import { BadUserInputError } from '@hamyar/shared';
import type { SmartCityStatus } from '../entities';

/**
 * An initiative's life: planned, then under way, then done; it never goes back, and DONE is final. A rule of
 * the domain, a plain function with its unit test beside it.
 */
const NEXT_STATUS: Readonly<Record<SmartCityStatus, SmartCityStatus | null>> = {
  PLANNED: 'IN_PROGRESS',
  IN_PROGRESS: 'DONE',
  DONE: null,
};

export function assertStatusTransition(from: SmartCityStatus, to: SmartCityStatus): void {
  const next = NEXT_STATUS[from];
  if (next === to) return;
  const reason =
    from === to
      ? `the initiative is already ${to}`
      : next === null
        ? `a ${from} initiative is final and cannot become ${to}`
        : `a ${from} initiative can become ${next}, not ${to}`;
  throw new BadUserInputError('status', reason, 'وضعیت طرح شهر هوشمند');
}
