import { normalizePersian } from '../persian-text/normalize';
import type { SqlCondition } from './load-pages';

/**
 * Search over a normalised text column (`search_text`, written with normalizePersian): the query is
 * normalised the same way, so the keyboard, the digits' script and the zero-width non-joiner do not matter.
 * A trigram index serves the LIKE in Postgres; nothing is scanned in JavaScript.
 */
export function searchCondition(query: string, column = 'search_text'): SqlCondition | null {
  const normalized = normalizePersian(query);
  if (normalized === '') return null;
  const escaped = normalized.replace(/[\\%_]/g, (c) => `\\${c}`);
  return (bind) => `t."${column}" LIKE ${bind(`%${escaped}%`)}`;
}

/** The text a record is found by: its searchable fields, normalised and joined. */
export function searchText(...parts: readonly (string | null | undefined)[]): string {
  return normalizePersian(parts.filter((p): p is string => Boolean(p)).join(' '));
}
