import type { GraphQLFormattedError } from 'graphql';
import { LimitExceededError } from './limit-exceeded-error';

/**
 * graphql-js stops parsing at `maxTokens` with a syntax error; Apollo reports it as GRAPHQL_PARSE_FAILED. The
 * client is told which limit it broke, in the same shape as every other limit.
 */
export function tokenLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return formatted;
  const match = /Document contains more (?:than|that) (\d+) tokens/.exec(formatted.message);
  if (!match) return formatted;
  const refused = new LimitExceededError('tokens', Number(match[1]));
  return { message: refused.message, extensions: { code: refused.extensions.code, limit: refused.extensions.limit } };
}

/** Codes whose messages the services write for clients on purpose; a subgraph's other messages are not shown. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_IN_LIST',
  // The gateway's own words about a subgraph call (subgraph-data-source.ts): they name the subgraph, not its URL.
  'SUBGRAPH_UNAVAILABLE',
  'SUBREQUEST_TIMEOUT',
  'SUBREQUEST_HTTP_ERROR',
]);

/** Extensions a client may read; anything else a subgraph sends (a stack, an exception, a URL) is dropped. */
const CLIENT_EXTENSIONS = [
  'code',
  'serviceName',
  'field',
  'reason',
  'labelFa',
  'entity',
  'key',
  'expectedVersion',
  'currentVersion',
  'limit',
];

/**
 * Production posture for what came back from a subgraph (the gateway marks those with `serviceName`): a
 * province's subgraph is an outside party, and its raw messages may carry hosts, SQL or library text. Known
 * codes keep their message; anything else becomes a stable code and message, with the original in the log.
 */
export function maskSubgraphError(service: string, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const subgraph = extensions.serviceName;
  if (typeof subgraph !== 'string') return formatted;
  const kept = Object.fromEntries(CLIENT_EXTENSIONS.filter((key) => key in extensions).map((key) => [key, extensions[key]]));
  if (typeof extensions.code === 'string' && CLIENT_CODES.has(extensions.code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: kept };
  }
  console.error(`[${service}] subgraph "${subgraph}" error masked for the client: ${JSON.stringify(formatted)}`);
  return {
    message: `Subgraph "${subgraph}" could not answer this part of the request`,
    path: formatted.path,
    extensions: { code: 'SUBGRAPH_ERROR', serviceName: subgraph },
  };
}
