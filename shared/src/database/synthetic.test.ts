import { SeededRandom, unnestInsert } from './synthetic';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed, and another for another', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const draw = (r: SeededRandom) => [r.uuid(), r.int(1, 1000), r.isoDay('2020-01-01', '2026-12-31')];
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps days within the span', () => {
    const r = new SeededRandom(7);
    for (let i = 0; i < 200; i++) {
      const day = r.isoDay('2024-02-28', '2024-03-01');
      expect(['2024-02-28', '2024-02-29', '2024-03-01']).toContain(day);
    }
  });
});

describe('unnestInsert', () => {
  it('inserts whole columns in one statement', () => {
    expect(
      unnestInsert('t', [
        { name: 'id', type: 'uuid' },
        { name: 'n', type: 'int' },
      ]),
    ).toBe('INSERT INTO t (id, n) SELECT * FROM unnest($1::uuid[], $2::int[])');
  });
});
