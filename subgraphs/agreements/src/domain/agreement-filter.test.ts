import { BadUserInputError, type SqlCondition } from '@hamyar/shared';
import { agreementConditions, agreementSort, MAX_FILTER_VALUES } from './agreement-filter';

/** Renders conditions the way loadPages binds them, to look at the SQL and its parameters. */
function render(conditions: readonly SqlCondition[]) {
  const params: unknown[] = [];
  const sql = conditions.map((condition) => condition((value) => (params.push(value), `$${params.length}`)));
  return { sql, params };
}

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
  return undefined;
}

describe('agreementConditions', () => {
  it('restricts nothing without a filter, or with empty lists', () => {
    expect(agreementConditions(undefined)).toEqual([]);
    expect(agreementConditions({ provinceCodes: [], statuses: [], search: '  ' })).toEqual([]);
  });

  it('finds MoU 4134 by number in any digits', () => {
    for (const number of ['۴۱۳۴', '٤١٣٤', '4134', ' 4134 ']) {
      expect(render(agreementConditions({ number }))).toEqual({ sql: ['t.number = $1'], params: ['4134'] });
    }
  });

  it('searches the normalised text with LIKE, its wildcards escaped', () => {
    expect(render(agreementConditions({ search: 'ضوابط_۴۱' })).params).toEqual(['%ضوابط\\_41%']);
  });

  it('turns a Jalali span into ISO bounds on the signing day', () => {
    const { sql, params } = render(agreementConditions({ signedOn: { from: { jalali: '1404-10-01' }, to: { jalali: '۱۴۰۴-۱۰-۳۰' } } }));
    expect(sql).toEqual(['t.signed_on >= $1::date', 't.signed_on <= $2::date']);
    expect(params).toEqual(['2025-12-22', '2026-01-20']);
  });

  it('pairs counterpart provinces with the given provinces through a different party', () => {
    const { sql, params } = render(agreementConditions({ provinceCodes: ['ir-09'], counterpartProvinceCodes: ['IR-02'] }));
    expect(sql[1]).toContain('o.id <> c.id');
    expect(params).toEqual([['IR-09'], ['IR-09'], ['IR-02']]);
  });

  it('refuses bad values naming the field, before any SQL exists', () => {
    expect(fieldOf(() => agreementConditions({ provinceCodes: ['IR-02', 'Tehran'] }))).toBe('filter.provinceCodes');
    expect(fieldOf(() => agreementConditions({ counterpartProvinceCodes: ['7'] }))).toBe('filter.counterpartProvinceCodes');
    expect(fieldOf(() => agreementConditions({ partyOrganizationIds: ['42'] }))).toBe('filter.partyOrganizationIds');
    expect(fieldOf(() => agreementConditions({ eventIds: ['x'] }))).toBe('filter.eventIds');
    expect(fieldOf(() => agreementConditions({ areaCodes: ['tourism!'] }))).toBe('filter.areaCodes');
    expect(fieldOf(() => agreementConditions({ number: '   ' }))).toBe('filter.number');
    expect(fieldOf(() => agreementConditions({ signedOn: { from: { jalali: '1404-13-01' } } }))).toBe('filter.signedOn.from.jalali');
    expect(fieldOf(() => agreementConditions({ signedOn: { from: { iso: '2026-02-01' }, to: { iso: '2026-01-01' } } }))).toBe(
      'filter.signedOn.to',
    );
    expect(fieldOf(() => agreementConditions({ provinceCodes: Array(MAX_FILTER_VALUES + 1).fill('IR-02') }))).toBe('filter.provinceCodes');
    expect(fieldOf(() => agreementConditions({ search: 'x'.repeat(201) }))).toBe('filter.search');
  });
});

describe('agreementSort', () => {
  it('is newest signing first by default, undated last in either direction', () => {
    expect(agreementSort(undefined)).toEqual({ orderBy: ['signed_order', 'id'], descending: true });
    expect(agreementSort({ field: 'SIGNED_ON', direction: 'ASC' })).toEqual({ orderBy: ['signed_on', 'id'], descending: false });
  });

  it('sorts by title or creation, the id breaking ties', () => {
    expect(agreementSort({ field: 'TITLE', direction: 'ASC' })).toEqual({ orderBy: ['title_fa', 'id'], descending: false });
    expect(agreementSort({ field: 'CREATED_AT' })).toEqual({ orderBy: ['created_at', 'id'], descending: true });
  });
});
