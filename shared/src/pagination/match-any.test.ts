import { BadUserInputError } from '../errors/errors';
import { idsCondition } from './match-any';

const sql = (condition: ReturnType<typeof idsCondition>) => {
  const params: unknown[] = [];
  return { text: condition((value) => `$${params.push(value)}`), params };
};

describe('idsCondition (filter.ids)', () => {
  const a = '3F1C2A4B-0000-4000-8000-000000000001';
  const b = '3f1c2a4b-0000-4000-8000-000000000002';

  it('matches the ids given, lower-cased and once each', () => {
    expect(sql(idsCondition([a, b, a.toLowerCase()]))).toEqual({ text: 't.id = ANY($1::uuid[])', params: [[a.toLowerCase(), b]] });
    expect(sql(idsCondition([b]))).toEqual({ text: 't.id = $1::uuid', params: [b] });
  });

  it('matches nothing for an empty list', () => {
    expect(sql(idsCondition([])).text).toBe('false');
  });

  it('refuses a value that is not a UUID, and more than a page of ids, naming the field', () => {
    expect(() => idsCondition(['IR-07'])).toThrow(BadUserInputError);
    expect(() => idsCondition(['IR-07'])).toThrow(/filter\.ids/);
    const many = Array.from({ length: 101 }, (_, i) => `3f1c2a4b-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(() => idsCondition(many)).toThrow(/filter\.ids.*at most 100 ids/);
  });
});
