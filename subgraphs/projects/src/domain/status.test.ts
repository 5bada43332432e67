import { BadUserInputError } from '@hamyar/shared';
import { assertStatusTransition } from './status';

describe('the project life cycle', () => {
  it('moves forward, and may pause and resume while under way', () => {
    expect(() => assertStatusTransition('PROPOSED', 'APPROVED')).not.toThrow();
    expect(() => assertStatusTransition('APPROVED', 'IN_PROGRESS')).not.toThrow();
    expect(() => assertStatusTransition('IN_PROGRESS', 'SUSPENDED')).not.toThrow();
    expect(() => assertStatusTransition('SUSPENDED', 'IN_PROGRESS')).not.toThrow();
    expect(() => assertStatusTransition('IN_PROGRESS', 'COMPLETED')).not.toThrow();
  });

  it('refuses going back, skipping approval, and leaving a final status, naming the field', () => {
    expect(() => assertStatusTransition('COMPLETED', 'PROPOSED')).toThrow(/COMPLETED project is final/);
    expect(() => assertStatusTransition('PROPOSED', 'IN_PROGRESS')).toThrow(/can become APPROVED or CANCELLED/);
    expect(() => assertStatusTransition('CANCELLED', 'APPROVED')).toThrow(BadUserInputError);
    expect(() => assertStatusTransition('APPROVED', 'APPROVED')).toThrow(/already APPROVED/);
  });

  it('records any status of a project whose status was not reported (unknown is not a stage of the cycle)', () => {
    expect(() => assertStatusTransition(null, 'IN_PROGRESS')).not.toThrow();
    expect(() => assertStatusTransition(null, 'COMPLETED')).not.toThrow();
  });
});
