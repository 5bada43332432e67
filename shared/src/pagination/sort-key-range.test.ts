import { sortKeyRange } from './sort-key-range';

const render = (conditions: ReturnType<typeof sortKeyRange>) => {
  const params: unknown[] = [];
  const sql = conditions.map((condition) => condition((value) => (params.push(value), `$${params.length}`)));
  return { sql, params };
};

describe('sortKeyRange', () => {
  it('bounds the ascending key and leaves out unknowns (sorted at +infinity) when there is no upper bound', () => {
    expect(render(sortKeyRange('started_on', 'date', false, { from: '2020-01-01' }))).toEqual({
      sql: [`COALESCE(t.started_on, 'infinity'::date) >= $1::date`, 't.started_on IS NOT NULL'],
      params: ['2020-01-01'],
    });
    expect(render(sortKeyRange('started_on', 'date', false, { from: '2020-01-01', to: '2020-12-31' })).sql).toEqual([
      `COALESCE(t.started_on, 'infinity'::date) >= $1::date`,
      `COALESCE(t.started_on, 'infinity'::date) <= $2::date`,
    ]);
  });

  it('bounds the descending key and leaves out unknowns (sorted at -infinity) when there is no lower bound', () => {
    expect(render(sortKeyRange('budget_max_rials', 'numeric', true, { to: '5' })).sql).toEqual([
      `COALESCE(t.budget_max_rials, '-infinity'::numeric) <= $1::numeric`,
      't.budget_max_rials IS NOT NULL',
    ]);
    expect(render(sortKeyRange('signed_on', 'date', true, { from: '2020-01-01' }, 't.signed_order')).sql).toEqual([
      't.signed_order >= $1::date',
    ]);
  });

  it('is no condition without bounds', () => {
    expect(sortKeyRange('started_on', 'date', false, {})).toEqual([]);
  });
});
