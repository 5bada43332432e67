import { BadUserInputError } from '@hamyar/shared';
import { assertStatusTransition } from './status';

describe("a smart-city initiative's life", () => {
  it('goes from planned to under way to done', () => {
    expect(() => assertStatusTransition('PLANNED', 'IN_PROGRESS')).not.toThrow();
    expect(() => assertStatusTransition('IN_PROGRESS', 'DONE')).not.toThrow();
  });

  it('never skips, goes back or leaves DONE, and a refusal names the field', () => {
    expect(() => assertStatusTransition('PLANNED', 'DONE')).toThrow(/a PLANNED initiative can become IN_PROGRESS, not DONE/);
    expect(() => assertStatusTransition('IN_PROGRESS', 'PLANNED')).toThrow(/can become DONE, not PLANNED/);
    expect(() => assertStatusTransition('DONE', 'IN_PROGRESS')).toThrow(/a DONE initiative is final/);
    expect(() => assertStatusTransition('PLANNED', 'PLANNED')).toThrow(/already PLANNED/);
    try {
      assertStatusTransition('DONE', 'PLANNED');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    }
  });
});
