import { RetryBudget } from './retry-budget';

describe('RetryBudget', () => {
  it('allows the burst at once, then one retry per 1/ratio calls', () => {
    const budget = new RetryBudget(0.2, 3);
    expect([budget.trySpend(), budget.trySpend(), budget.trySpend(), budget.trySpend()]).toEqual([true, true, true, false]);
    for (let i = 0; i < 4; i += 1) budget.deposit();
    expect(budget.trySpend()).toBe(false);
    budget.deposit();
    expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(false);
  });

  it('never saves more than the burst', () => {
    const budget = new RetryBudget(1, 2);
    for (let i = 0; i < 100; i += 1) budget.deposit();
    expect([budget.trySpend(), budget.trySpend(), budget.trySpend()]).toEqual([true, true, false]);
  });
});
