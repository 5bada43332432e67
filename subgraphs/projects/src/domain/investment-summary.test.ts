import { rollupServes, sumQualifier } from './investment-summary';

describe('how exactly a sum of reported figures is known', () => {
  it('is null when nothing was reported: no sum, not a sum of zero', () => {
    expect(sumQualifier({ summed: 0, atLeast: 0, atMost: 0, about: 0 })).toBeNull();
  });

  it('is exact only when every summed figure was exact', () => {
    expect(sumQualifier({ summed: 3, atLeast: 0, atMost: 0, about: 0 })).toBe('EXACT');
  });

  it('is a lower bound when one summed figure was "over …"', () => {
    expect(sumQualifier({ summed: 3, atLeast: 1, atMost: 0, about: 0 })).toBe('AT_LEAST');
    expect(sumQualifier({ summed: 2, atLeast: 0, atMost: 2, about: 0 })).toBe('AT_MOST');
  });

  it('is approximate when a figure was approximate or bounds point both ways', () => {
    expect(sumQualifier({ summed: 2, atLeast: 0, atMost: 0, about: 1 })).toBe('ABOUT');
    expect(sumQualifier({ summed: 2, atLeast: 1, atMost: 1, about: 0 })).toBe('ABOUT');
  });
});

describe('which summaries the rollup can answer', () => {
  it('serves no filter, and filters on its keys only (province, organization, sector, status, synthetic)', () => {
    expect(rollupServes(null)).toBe(true);
    expect(rollupServes({})).toBe(true);
    expect(
      rollupServes({ provinceCodes: ['IR-07'], organizationIds: [], sectors: ['ENERGY'], statuses: ['PROPOSED'], isSynthetic: false }),
    ).toBe(true);
    // Fields given as null set no condition.
    expect(rollupServes({ search: null, budget: null, startedOn: null, fundingKinds: null, provinceCodes: ['IR-07'] })).toBe(true);
  });

  it('leaves search, budget spans, start-date spans and funding kinds to the projects themselves', () => {
    expect(rollupServes({ search: 'خورشیدی' })).toBe(false);
    expect(rollupServes({ budget: { minRials: 1n } })).toBe(false);
    expect(rollupServes({ startedOn: { from: { jalali: '1400-01-01' } } })).toBe(false);
    expect(rollupServes({ fundingKinds: ['BANK_LOAN'], provinceCodes: ['IR-07'] })).toBe(false);
  });
});
