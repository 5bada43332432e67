import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { maskSubgraphError, tokenLimitError } from '../request-safety/client-errors';
import type { Logger } from '../observability/logger';

/**
 * Errors the service raised on purpose (a GraphQLError with a code) reach the client as they are; anything
 * else is a defect, logged in full here and shown to the client only as INTERNAL_SERVER_ERROR, so no stack,
 * SQL or connection string leaks.
 */
export function createErrorFormatter(service: string, log: Logger, options: { readonly production?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      const limited = tokenLimitError(formatted);
      return options.production ? maskSubgraphError(service, limited) : limited;
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
