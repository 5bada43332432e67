import { GraphQLError } from 'graphql';

/**
 * Every error a client may see carries a stable `code` in its extensions, so that clients branch on the code
 * and never on the message text. Messages are English; where the UI shows a Persian label for the field, the
 * error carries it too (`extensions.labelFa`).
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

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

/**
 * No valid identity: no token where one is needed, or a token that does not verify. `httpStatus` 401 is for
 * refusing a whole request (a bad token, a request that did not come through the gateway); a field that
 * needs a token fails alone, in a 200 response, so the rest of the answer still arrives.
 */
export class UnauthenticatedError extends GraphQLError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(reason: string, httpStatus?: 401) {
    super(`Not authenticated: ${reason}`, {
      extensions: { code: 'UNAUTHENTICATED', ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
  }
}

/** A known caller asking for what its role does not allow. */
export class ForbiddenError extends GraphQLError {
  readonly code = 'FORBIDDEN' as const;
  constructor(reason: string) {
    super(`Forbidden: ${reason}`, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** An edit based on a version that is no longer current: someone else changed the record first. */
export class ConflictError extends GraphQLError {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly entity: string,
    readonly key: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `${entity} "${key}" was changed by someone else: you edited version ${expectedVersion}, it is now at version ${currentVersion}. Reload it and apply your change again.`,
      { extensions: { code: 'CONFLICT', entity, key, expectedVersion, currentVersion } },
    );
  }
}
