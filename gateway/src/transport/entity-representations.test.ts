import { DistinctRepresentations } from './entity-representations';

describe('DistinctRepresentations', () => {
  const a = { __typename: 'Organization', id: 'a' };
  const b = { __typename: 'Organization', id: 'b' };

  it('sends each representation once and answers every position in order', () => {
    const distinct = new DistinctRepresentations([a, b, { ...a }, a]);
    expect(distinct.hasDuplicates).toBe(true);
    expect(distinct.distinct).toEqual([a, b]);
    const expanded = distinct.expandEntities([{ name: 'A', nested: { x: 1 } }, { name: 'B' }]);
    expect(expanded).toEqual([
      { name: 'A', nested: { x: 1 } },
      { name: 'B' },
      { name: 'A', nested: { x: 1 } },
      { name: 'A', nested: { x: 1 } },
    ]);
    // Each position gets its own object: the gateway merges into them separately.
    expect(expanded[2]).not.toBe(expanded[0]);
    expect((expanded[3] as { nested: object }).nested).not.toBe((expanded[0] as { nested: object }).nested);
  });

  it('keeps nulls and reports an entity error at every position that asked for it', () => {
    const distinct = new DistinctRepresentations([a, b, a]);
    expect(distinct.expandEntities([null, { name: 'B' }])).toEqual([null, { name: 'B' }, null]);
    const errors = distinct.expandErrors([
      { message: 'not found', path: ['_entities', 0, 'name'] },
      { message: 'other', path: ['_entities', 1] },
      { message: 'no path' },
    ]);
    expect(errors).toEqual([
      { message: 'not found', path: ['_entities', 0, 'name'] },
      { message: 'not found', path: ['_entities', 2, 'name'] },
      { message: 'other', path: ['_entities', 1] },
      { message: 'no path' },
    ]);
  });

  it('changes nothing when every representation is distinct', () => {
    expect(new DistinctRepresentations([a, b]).hasDuplicates).toBe(false);
  });
});
