import { BadUserInputError } from '../errors/errors';

/**
 * Cursors are opaque to clients: base64url of the sort-key values of the row they point at. Keyset cursors
 * stay stable when rows are inserted before them, unlike offsets.
 */
export type CursorValues = readonly (string | number | null)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string, expectedLength: number): CursorValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === expectedLength &&
    parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!valid) {
    throw new BadUserInputError(field, 'not a cursor this list gave out; pass an endCursor or startCursor from its pageInfo');
  }
  return parsed as CursorValues;
}
