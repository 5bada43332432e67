import { BadUserInputError } from '../errors/errors';

/** The arguments every connection field takes (Relay): forwards with first/after, backwards with last/before. */
export interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export interface PageRequest {
  /** How many rows the page holds. */
  readonly size: number;
  /** Whether the page is counted from the end of the list (last/before). */
  readonly backwards: boolean;
  readonly after: string | null;
  readonly before: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks a page's arguments once, so no list can be asked for unbounded or both ways at once. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('last', 'give either first (page forwards) or last (page backwards), not both');
  }
  const backwards = args.last != null;
  const field = backwards ? 'last' : 'first';
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(field, `must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return { size, backwards, after: args.after ?? null, before: args.before ?? null };
}
