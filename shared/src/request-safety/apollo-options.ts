import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationLimitsPlugin } from './operation-limits-plugin';
import type { RequestSafetyConfig } from './request-safety-config';

/**
 * The Apollo Server settings of a service's request-safety posture, in one place so the gateway and every
 * subgraph get the same: graphql-js's token limit while parsing, the operation limits before planning, CSRF
 * prevention, no batching unless enabled, no stack traces, and in production no introspection and no
 * "Did you mean …" (Apollo's `hideSchemaDetailsFromClientErrors`).
 */
export function requestSafetyOptions<TContext extends BaseContext>(
  safety: RequestSafetyConfig,
): Pick<
  ApolloServerOptions<TContext>,
  | 'parseOptions'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'csrfPrevention'
  | 'allowBatchedHttpRequests'
  | 'includeStacktraceInErrorResponses'
> & { plugins: ApolloServerPlugin<TContext>[] } {
  return {
    parseOptions: { maxTokens: safety.limits.tokens },
    introspection: safety.introspection,
    hideSchemaDetailsFromClientErrors: safety.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: safety.batching,
    includeStacktraceInErrorResponses: false,
    plugins: [operationLimitsPlugin<TContext>(safety.limits)],
  };
}
