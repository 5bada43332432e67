import { GraphQLError } from 'graphql';

/** Which limit an operation broke, as a client reads it in `extensions.limit`. */
export type LimitName = 'bodyBytes' | 'tokens' | 'depth' | 'aliases' | 'rootFields' | 'directives' | 'cost' | 'stringLength';

/** One stable code per limit (Apollo Router's names where it has one), so a client can branch on it. */
export const LIMIT_CODES: Readonly<Record<LimitName, string>> = {
  bodyBytes: 'BODY_TOO_LARGE',
  tokens: 'MAX_TOKENS_LIMIT',
  depth: 'MAX_DEPTH_LIMIT',
  aliases: 'MAX_ALIASES_LIMIT',
  rootFields: 'MAX_ROOT_FIELDS_LIMIT',
  directives: 'MAX_DIRECTIVES_LIMIT',
  cost: 'COST_LIMIT',
  stringLength: 'MAX_STRING_LENGTH_LIMIT',
};

const WHAT: Readonly<Record<LimitName, string>> = {
  bodyBytes: 'request body bytes',
  tokens: 'tokens',
  depth: 'levels of nesting',
  aliases: 'aliases',
  rootFields: 'root fields',
  directives: 'directives',
  cost: 'in price (objects it may return, list pages multiplied by first/last)',
  stringLength: 'characters in one string',
};

/**
 * An operation refused before planning because it is past a limit: HTTP 400 (413 for a body), a code per
 * limit, and the limit with what was found, so a client knows what to cut.
 */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    readonly found?: number,
  ) {
    super(`Operation refused: more than ${max} ${WHAT[limit]}${found === undefined ? '' : ` (found ${found})`}`, {
      extensions: {
        code: LIMIT_CODES[limit],
        limit: { name: limit, max, ...(found === undefined ? {} : { found }) },
        http: { status: limit === 'bodyBytes' ? 413 : 400 },
      },
    });
  }
}
