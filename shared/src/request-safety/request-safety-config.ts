import type { EnvReader } from '../config/env-reader';

/**
 * What a service refuses before it plans or runs an operation, and how much it tells a client about itself.
 * The gateway and every subgraph read the same variables with the same defaults: a province's subgraph may sit
 * behind a gateway that is not ours, so it holds its own line.
 */
export interface RequestSafetyConfig {
  readonly limits: OperationLimits;
  /**
   * Production posture: introspection and "Did you mean …" suggestions off, library and subgraph messages
   * masked to stable codes (details only in the log).
   */
  readonly production: boolean;
  /** Whether `__schema`/`__type` are answered; off in production unless asked for. */
  readonly introspection: boolean;
  /** Whether a POST may carry an array of operations; off unless enabled. */
  readonly batching: boolean;
}

/** Each limit is checked before planning; a request past one gets a 4xx and an error naming the limit. */
export interface OperationLimits {
  /** Largest request body in bytes (Apollo Router: 2 MB). */
  readonly bodyBytes: number;
  /** Most lexical tokens the parser reads before giving up (graphql-js `maxTokens`; GraphQL Armor: 1,000). */
  readonly tokens: number;
  /**
   * Deepest field nesting. A connection is two levels (`projects { nodes {`), so Armor's 6 levels of entities
   * are 12 here; 15 leaves room for the small objects on the way (`parties { organization`, `budget { min {`).
   */
  readonly depth: number;
  /** Most aliases in an operation (GraphQL Armor: 15). */
  readonly aliases: number;
  /** Most fields at the root of an operation, aliases included. */
  readonly rootFields: number;
  /** Most directives in an operation (GraphQL Armor: 50). */
  readonly directives: number;
  /** Highest price of an operation: objects it may return, list pages multiplied by their first/last (Armor: 5,000). */
  readonly cost: number;
  /** Longest string, in characters, in the document or its variables. */
  readonly stringLength: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  bodyBytes: 2_000_000,
  tokens: 1_000,
  depth: 15,
  aliases: 15,
  rootFields: 10,
  directives: 50,
  cost: 5_000,
  stringLength: 10_000,
};

/** The posture of a service configured with nothing: limits on, development conveniences (introspection) kept. */
export function defaultRequestSafety(production = false): RequestSafetyConfig {
  return { limits: DEFAULT_OPERATION_LIMITS, production, introspection: !production, batching: false };
}

/** The variables, in one place for the README and the start-up check. */
export const LIMIT_VARIABLES: Readonly<Record<keyof OperationLimits, string>> = {
  bodyBytes: 'MAX_BODY_BYTES',
  tokens: 'MAX_TOKENS',
  depth: 'MAX_DEPTH',
  aliases: 'MAX_ALIASES',
  rootFields: 'MAX_ROOT_FIELDS',
  directives: 'MAX_DIRECTIVES',
  cost: 'MAX_COST',
  stringLength: 'MAX_STRING_LENGTH',
};

/**
 * Reads the request-safety settings with the service's EnvReader, so bad values are reported together with the
 * service's other settings. `HAMYAR_PRODUCTION` wins over `NODE_ENV=production`.
 */
export function readRequestSafety(read: EnvReader, env: Readonly<Record<string, string | undefined>>): RequestSafetyConfig {
  const production = read.boolean('HAMYAR_PRODUCTION', env.NODE_ENV === 'production');
  const limits = Object.fromEntries(
    (Object.keys(LIMIT_VARIABLES) as (keyof OperationLimits)[]).map((key) => [
      key,
      read.positiveInt(LIMIT_VARIABLES[key], DEFAULT_OPERATION_LIMITS[key]),
    ]),
  ) as unknown as OperationLimits;
  return {
    limits,
    production,
    introspection: read.boolean('INTROSPECTION', !production),
    batching: read.boolean('ALLOW_BATCHED_REQUESTS', false),
  };
}
