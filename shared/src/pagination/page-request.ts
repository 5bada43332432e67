import { BadUserInputError } from '../errors/errors';

/** The arguments every connection field takes. */
export interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks a page's size once, so no list can be asked for unbounded. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { first, after: args.after ?? null };
}
