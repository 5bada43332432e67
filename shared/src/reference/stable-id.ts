import { createHash } from 'node:crypto';
import { BadUserInputError } from '../errors/errors';

/**
 * A UUID (version 5 layout) derived from a natural key, so that seeds in different subgraphs name the same
 * record with the same id without reading each other's tables: `stableId('organization', 'IR-02')` is the
 * Mazandaran organization's id everywhere.
 */
export function stableId(kind: string, naturalKey: string): string {
  const hash = createHash('sha1').update(`hamyar:${kind}:${naturalKey}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an ID argument before it reaches SQL: a malformed one is the client's error, not a database one. */
/** Whether the text has a UUID's shape (any case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function parseId(value: string, field: string): string {
  if (!UUID.test(value)) throw new BadUserInputError(field, `expected a UUID such as 3f1c…-…, got "${value}"`, 'شناسه');
  return value.toLowerCase();
}

/**
 * The ids of records every subgraph's seed refers to. Each is derived from the natural key, so a seed names
 * another subgraph's entity by its federation key without reading that subgraph's tables.
 */
export const seedIds = {
  organization: (provinceCode: string) => stableId('organization', provinceCode),
  municipality: (provinceCode: string, nameEn: string) => stableId('municipality', `${provinceCode}/${nameEn}`),
  project: (slug: string) => stableId('project', slug),
  agreement: (slug: string) => stableId('agreement', slug),
  event: (slug: string) => stableId('event', slug),
  person: (slug: string) => stableId('person', slug),
  statement: (slug: string) => stableId('statement', slug),
};
