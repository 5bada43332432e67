import { BadUserInputError, type SqlCondition } from '@hamyar/shared';
import { municipalityConditions, municipalityOrder, organizationConditions, organizationOrder, provinceConditions } from './filters';

/** Renders conditions the way the list statement does, to read the SQL and its parameters. */
function render(conditions: SqlCondition[]) {
  const params: unknown[] = [];
  const sql = conditions.map((c) => c((value) => (params.push(value), `$${params.length}`)));
  return { sql, params };
}

describe('organization filter', () => {
  it('no filter, no condition', () => {
    expect(organizationConditions(null)).toEqual([]);
    expect(organizationConditions({})).toEqual([]);
    expect(organizationConditions({ search: '  ' })).toEqual([]);
  });

  it('binds the province codes, checked and upper-cased, and the normalised search', () => {
    const { sql, params } = render(organizationConditions({ provinceCodes: ['ir-07', 'IR-02', 'IR-07'], search: 'همياري' }));
    expect(sql).toEqual(['t."province_code" = ANY($1::varchar[])', 't."search_text" LIKE $2']);
    expect(params).toEqual([['IR-07', 'IR-02'], '%همیاری%']);
  });

  it('refuses a malformed province code, naming filter.provinceCodes', () => {
    expect(() => organizationConditions({ provinceCodes: ['Fars'] })).toThrow(BadUserInputError);
    try {
      organizationConditions({ provinceCodes: ['IR-7'] });
    } catch (error) {
      expect((error as BadUserInputError).field).toBe('filter.provinceCodes');
    }
  });
});

describe('municipality filter', () => {
  it('isShareholder is an EXISTS on the shareholdings of its own province’s organization', () => {
    expect(render(municipalityConditions({ isShareholder: true })).sql[0]).toMatch(
      /^EXISTS \(SELECT 1 FROM shareholding s JOIN organization o/,
    );
    expect(render(municipalityConditions({ isShareholder: false })).sql[0]).toMatch(/^NOT EXISTS/);
  });

  it('combines every condition given', () => {
    const { sql, params } = render(municipalityConditions({ provinceCodes: ['IR-07'], isProvincialCapital: false, search: 'ميمند' }));
    expect(sql).toHaveLength(3);
    expect(params).toEqual([['IR-07'], false, '%میمند%']);
  });
});

describe('province search', () => {
  it('searches the normalised text, escaping LIKE’s wildcards', () => {
    expect(render(provinceConditions('50%_')).params).toEqual(['%50\\%\\_%']);
    expect(provinceConditions(null)).toEqual([]);
  });
});

describe('orders', () => {
  it('end with the primary key', () => {
    expect(municipalityOrder(null)).toEqual({ orderBy: ['name_fa', 'id'], descending: false });
    expect(municipalityOrder({ field: 'PROVINCE', direction: 'DESC' })).toEqual({
      orderBy: ['province_code', 'name_fa', 'id'],
      descending: true,
    });
    expect(organizationOrder(undefined)).toEqual({ orderBy: ['province_code', 'id'], descending: false });
    expect(organizationOrder({ field: 'NAME' })).toEqual({ orderBy: ['name_fa', 'id'], descending: false });
  });
});
