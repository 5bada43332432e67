import { GraphQLError } from 'graphql';

/**
 * Every error a client may see carries a stable `code` in its extensions, so that clients branch on the code
 * and never on the message text. Messages are English; where the UI shows a Persian label for the field, the
 * error carries it too (`extensions.labelFa`).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

/** Input that breaks a rule: names the field, the reason, and the Persian label a form would show. */
export class BadUserInputError extends GraphQLError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly labelFa?: string,
  ) {
    super(`Invalid value for "${field}"${labelFa ? ` (${labelFa})` : ''}: ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', field, reason, ...(labelFa ? { labelFa } : {}) },
    });
  }
}

/** A reference to a record that does not exist. */
export class NotFoundError extends GraphQLError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly field?: string,
  ) {
    super(`${entity} "${key}" was not found`, {
      extensions: { code: 'NOT_FOUND', entity, key, ...(field ? { field } : {}) },
    });
  }
}
