import { BadUserInputError } from '../errors/errors';
import { cursorKindOf, decodeCursor, encodeCursor, isWellFormedCursor } from './cursor';

const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

describe('cursors', () => {
  it('give back the values a list encoded, when they fit its sort keys', () => {
    const cursor = encodeCursor(['2026-01-05', '2026-01-05 10:20:30.123456+00', '12.50', 'b3d7c0f4-6f0e-4c55-9a1e-3f1a2b3c4d5e', 'تهران']);
    expect(decodeCursor(cursor, 'after', ['date', 'timestamp', 'number', 'uuid', 'text'])).toEqual([
      '2026-01-05',
      '2026-01-05 10:20:30.123456+00',
      '12.50',
      'b3d7c0f4-6f0e-4c55-9a1e-3f1a2b3c4d5e',
      'تهران',
    ]);
    expect(decodeCursor(encodeCursor(['0001-01-01', '9999-12-31 23:59:59+00']), 'after', ['date', 'timestamp'])).toEqual([
      '0001-01-01',
      '9999-12-31 23:59:59+00',
    ]);
    expect(decodeCursor(encodeCursor(['infinity', 'Infinity', null]), 'after', ['date', 'number', 'uuid'])).toEqual([
      'infinity',
      'Infinity',
      null,
    ]);
  });

  it.each([
    ['not base64url', '%%%', ['text']],
    ['not JSON', Buffer.from('{oops').toString('base64url'), ['text']],
    ['not an array', cursorOf({ id: 1 }), ['text']],
    ['another list (more keys)', cursorOf(['a', 'b']), ['text']],
    ['text where a number sorts', cursorOf(['1; DROP TABLE x', 'b3d7c0f4-6f0e-4c55-9a1e-3f1a2b3c4d5e']), ['number', 'uuid']],
    ['a word where a date sorts', cursorOf(['yesterday']), ['date']],
    ['a day no calendar has', cursorOf(['2026-02-31']), ['date']],
    ['an hour no clock has', cursorOf(['2026-01-05 25:00:00+00']), ['timestamp']],
    ['a broken uuid', cursorOf(['b3d7c0f4']), ['uuid']],
    ['a nested value', cursorOf([['x']]), ['text']],
  ])('refuse %s as BAD_USER_INPUT naming the argument', (_what, cursor, kinds) => {
    try {
      decodeCursor(cursor as string, 'before', kinds as never);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    }
  });

  it('can be told apart from garbage without knowing the list (the gateway checks this much)', () => {
    expect(isWellFormedCursor(encodeCursor(['x', 1]))).toBe(true);
    expect(isWellFormedCursor('garbage!')).toBe(false);
    expect(isWellFormedCursor('x'.repeat(5_000))).toBe(false);
  });

  it('know a sort key’s kind from its column type', () => {
    expect(['integer', 'numeric', 'date', 'timestamp with time zone', 'uuid', 'character varying', 'boolean'].map(cursorKindOf)).toEqual([
      'number',
      'number',
      'date',
      'timestamp',
      'uuid',
      'text',
      'boolean',
    ]);
  });
});
