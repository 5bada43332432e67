import { BadUserInputError } from '../errors/errors';

/**
 * Cursors are opaque to clients: base64url of the sort-key values of the row they point at. Keyset cursors
 * stay stable when rows are inserted before them, unlike offsets.
 */
export type CursorValues = readonly (string | number | null)[];

/**
 * What one sort key holds, so a cursor's values are checked before they reach SQL: a value of the wrong shape
 * compared with a numeric or date column would fail in the database (an internal error) instead of being
 * the client's mistake.
 */
export type CursorValueKind = 'text' | 'number' | 'date' | 'timestamp' | 'uuid' | 'boolean';

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const NOT_A_CURSOR = 'not a cursor this list gave out; pass an endCursor or startCursor from its pageInfo';

/** Longest cursor accepted: a handful of sort keys, never a document. */
const MAX_CURSOR_LENGTH = 2_000;

/** Whether a string can be a cursor at all (base64url of a JSON array of scalars), whatever list it is for. */
export function isWellFormedCursor(cursor: string): boolean {
  return parseCursor(cursor) !== undefined;
}

/**
 * The values of a cursor for a list ordered by `expected` sort keys (their kinds, or only their number);
 * anything else — not base64url JSON, another list's cursor, a value of the wrong kind — is BAD_USER_INPUT
 * naming the argument.
 */
export function decodeCursor(cursor: string, field: string, expected: number | readonly CursorValueKind[]): CursorValues {
  const values = parseCursor(cursor);
  const kinds = typeof expected === 'number' ? null : expected;
  const length = kinds ? kinds.length : (expected as number);
  if (!values || values.length !== length || (kinds && !values.every((value, i) => fitsKind(value, kinds[i])))) {
    throw new BadUserInputError(field, NOT_A_CURSOR);
  }
  return values;
}

function parseCursor(cursor: string): CursorValues | undefined {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const valid =
    Array.isArray(parsed) && parsed.length > 0 && parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  return valid ? (parsed as CursorValues) : undefined;
}

const INFINITE = /^-?infinity$/i;
const SHAPES: Readonly<Record<Exclude<CursorValueKind, 'text'>, RegExp>> = {
  number: /^-?(\d+(\.\d+)?([eE][+-]?\d+)?|infinity)$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  boolean: /^(true|false)$/,
};

function fitsKind(value: string | number | null, kind: CursorValueKind): boolean {
  if (value === null || kind === 'text') return true;
  if (typeof value === 'number') return kind === 'number' && Number.isFinite(value);
  if (value.length > 64) return false;
  if ((kind === 'date' || kind === 'timestamp') && INFINITE.test(value)) return true;
  if (!SHAPES[kind].test(value)) return false;
  return kind === 'date' || kind === 'timestamp' ? isCalendarDay(value.slice(0, 10)) : true;
}

/** A real day of the Gregorian calendar (no 31 February), as Postgres will read it. */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The kind of a sort column, from its database type. */
export function cursorKindOf(columnType: string): CursorValueKind {
  const type = columnType.toLowerCase();
  if (/^(int|integer|smallint|bigint|numeric|decimal|real|double precision|float)/.test(type)) return 'number';
  if (type === 'date') return 'date';
  if (type.startsWith('timestamp')) return 'timestamp';
  if (type === 'uuid') return 'uuid';
  if (type === 'boolean' || type === 'bool') return 'boolean';
  return 'text';
}
