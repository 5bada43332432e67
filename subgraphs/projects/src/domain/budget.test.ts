import { BadUserInputError } from '@hamyar/shared';
import { budgetFromReport, budgetView } from './budget';

describe('budgetFromReport', () => {
  it('turns the reported toman range of the Zand Boulevard building into rials', () => {
    expect(budgetFromReport(130_000_000_000n, 150_000_000_000n, 'TOMAN')).toEqual({
      minRials: 1_300_000_000_000n,
      maxRials: 1_500_000_000_000n,
    });
  });

  it('refuses a negative amount and a reversed range, naming the field', () => {
    expect(() => budgetFromReport(-1n, 5n, 'RIAL')).toThrow(BadUserInputError);
    expect(() => budgetFromReport(10n, 5n, 'RIAL')).toThrow(/"budget.max"/);
  });
});

describe('budgetView', () => {
  it('tells a range from an exact figure', () => {
    expect(budgetView('200000000000', '200000000000', null, 'TOMAN')!.isRange).toBe(false);
    expect(budgetView('1300000000000', '1500000000000', null, 'TOMAN')!.isRange).toBe(true);
    expect(budgetView(null, null, null, null)).toBeNull();
  });
});
