import path from 'node:path';
import {
  EnvReader,
  GATEWAY_DEFAULT_PORT,
  MIN_SECRET_LENGTH,
  readRequestSafety,
  subgraphUrlsFromEnv,
  tracingFromEnv,
  type DatabaseConfig,
  type Env,
  type LogLevel,
  type RequestSafetyConfig,
  type TracingSettings,
} from '@hamyar/shared';
import { DEFAULT_SUBGRAPH_CALLS, type SubgraphCallSettings } from './resilience/subgraph-call-policy';
import type { RateLimitSettings } from './rate-limit/gateway-rate-limiter';
import { readSigningConfig, type SigningConfig } from './auth/signing-keys-config';
import { SUPERGRAPH_CONFIG, SUPERGRAPH_FILE } from './compose/compose-supergraph';
import type { PlaygroundMode } from './plugins/graphiql-landing-page';
import { ROUTING_ADDRESS_POLICIES, type RoutingAddressPolicy } from './registry/routing-url-policy';

export interface GatewayConfig {
  readonly host: string;
  readonly port: number;
  readonly supergraphFile: string;
  /** Subgraph name → URL the gateway calls, overriding the supergraph's routing URL. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** How long one subgraph request may take before the gateway gives up on it. */
  readonly subgraphTimeoutMs: number;
  /** Per-subgraph timeouts over `subgraphTimeoutMs` (SUBGRAPH_TIMEOUTS="fars-smart-city=3000,projects=15000"). */
  readonly subgraphTimeouts?: Readonly<Record<string, number>>;
  /** Retries, retry budget and circuit breaker of subgraph calls; absent: calls go straight out. */
  readonly subgraphCalls?: SubgraphCallSettings;
  /** Per-IP and per-caller rate limits; absent: none. */
  readonly rateLimit?: RateLimitSettings;
  /**
   * The proxies (a load balancer, an ingress) whose X-Forwarded-For gives the client's address, for the per-IP
   * limit and the logs (TRUST_PROXY); absent: the connection's peer is the client.
   */
  readonly trustProxy?: number | readonly string[];
  readonly logLevel?: LogLevel | 'silent';
  /** Let @apollo/gateway report its usage metrics to Apollo (APOLLO_TELEMETRY); off unless asked for. */
  readonly apolloTelemetry?: boolean;
  /** OTLP export of traces; absent: no tracing work at all. */
  readonly tracing?: TracingSettings;
  /** How the gateway reaches subgraphs and shares work between requests (see transport/). */
  readonly transport?: {
    /** Most kept-alive connections to one subgraph (per gateway process). */
    readonly connectionsPerSubgraph: number;
    /** Identical concurrent reads share one subgraph fetch. */
    readonly dedupeInFlight: boolean;
  };
  /**
   * Processes serving the one port (node:cluster); each follows the registry itself. 1 serves from the main
   * process; `npm start` and the tests use 1.
   */
  readonly workers?: number;
  /** Approximate size of the query-plan cache, in MiB. */
  readonly queryPlanCacheMiB?: number;
  /** The private keys that sign the identity forwarded to subgraphs; subgraphs get only the public ones. */
  readonly signing: SigningConfig;
  /**
   * How callers' tokens are verified: with a shared secret (HS256) or an identity provider's JWKS, never
   * both; with neither, every caller is the public. `exp` is always required; `iss`/`aud` when configured.
   */
  readonly auth: {
    readonly jwtSecret?: string;
    readonly jwksUrl?: string;
    readonly issuer?: string;
    readonly audience?: string;
    /** The oldest a caller's token may be, counted from its `iat`, in seconds (default: a day). */
    readonly maxTokenAgeSeconds?: number;
  };
  /**
   * GraphiQL at /graphql: `on` (default), `read-only` (no header editor, so it reads as the public) or `off`
   * (the default when NODE_ENV=production).
   */
  readonly playground?: PlaygroundMode;
  /**
   * The schema registry the gateway serves its supergraph from and whose API it hosts under /registry.
   * Absent: the gateway serves `supergraphFile` as it is.
   */
  /**
   * Safelist mode: only operations registered as persisted operations run (by SHA-256), from the registry or,
   * without one, from `manifestFile`. Off: any operation runs, and automatic persisted queries (APQ) save
   * clients resending long texts. SAFELIST=true, SAFELIST_MANIFEST=<file>.
   */
  readonly safelist?: { readonly enabled: boolean; readonly manifestFile: string | null };
  /** Request limits and production posture, the same variables as the subgraphs'; the defaults when absent. */
  readonly requestSafety?: RequestSafetyConfig;
  readonly registry?: {
    readonly database: DatabaseConfig;
    /** supergraph.yaml: the core subgraphs an empty registry starts with. */
    readonly coreConfigFile: string;
    readonly pollIntervalMs: number;
    /** The last supergraph served well, to start from when the registry is down; null keeps none. */
    readonly lastGoodFile: string | null;
    /** Which addresses publishers may route the gateway to: `public` refuses loopback, link-local and metadata. */
    readonly routingAddresses: RoutingAddressPolicy;
    /** How long one schema check (composition, diff) may run in its worker before it is stopped. */
    readonly checkTimeoutMs: number;
  };
}

export const DEFAULT_TRANSPORT = { connectionsPerSubgraph: 64, dedupeInFlight: true } as const;
/**
 * Apollo's default is 30 MiB; a plan of our deepest query is about 20 KB, so 50 MiB holds thousands of
 * distinct operations (`npm run bench` prints the plans cached and the cache's hits).
 */
export const DEFAULT_QUERY_PLAN_CACHE_MIB = 50;
/** A day: a caller's token issued longer ago is refused even if its `exp` is later. */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 86_400;

/**
 * Read once at start-up. Each core subgraph is called at `<NAME>_URL` if set, else on localhost at
 * `<NAME>_PORT`, the same variable the subgraph listens on: one env file configures the whole federation.
 */
export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const read = new EnvReader(env);
  const subgraphUrls = subgraphUrlsFromEnv(read);
  const dataRoot = read.string('HAMYAR_DATA_DIR', '.data');
  const registryUrl = read.url(env.REGISTRY_DATABASE_URL ? 'REGISTRY_DATABASE_URL' : 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const registryOn = read.boolean('REGISTRY', true);
  const config: GatewayConfig = {
    host: read.string('HOST', '0.0.0.0'),
    port: read.port('GATEWAY_PORT', GATEWAY_DEFAULT_PORT),
    supergraphFile: path.resolve(read.string('SUPERGRAPH_PATH', SUPERGRAPH_FILE)),
    subgraphUrls,
    // 10 s, not Apollo Router's 30 s: every subgraph query is an index range scan under a statement timeout,
    // so an answer later than this is a subgraph in trouble, and the client is better served by partial data.
    subgraphTimeoutMs: read.positiveInt('SUBGRAPH_TIMEOUT_MS', 10_000),
    subgraphTimeouts: read.positiveIntMap('SUBGRAPH_TIMEOUTS'),
    subgraphCalls: {
      retries: read.count('SUBGRAPH_RETRIES', DEFAULT_SUBGRAPH_CALLS.retries),
      retryBudgetRatio: read.fraction('SUBGRAPH_RETRY_BUDGET', DEFAULT_SUBGRAPH_CALLS.retryBudgetRatio),
      breakerFailures: read.positiveInt('SUBGRAPH_BREAKER_FAILURES', DEFAULT_SUBGRAPH_CALLS.breakerFailures),
      breakerResetMs: read.positiveInt('SUBGRAPH_BREAKER_RESET_MS', DEFAULT_SUBGRAPH_CALLS.breakerResetMs),
    },
    rateLimit: read.boolean('RATE_LIMIT', true)
      ? {
          perIp: read.positiveInt('RATE_LIMIT_PER_IP', 3_000),
          perCaller: read.positiveInt('RATE_LIMIT_PER_CALLER', 1_200),
          windowSeconds: read.positiveInt('RATE_LIMIT_WINDOW_SECONDS', 60),
          redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']),
        }
      : undefined,
    trustProxy: read.trustProxy('TRUST_PROXY'),
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    tracing: tracingFromEnv(read),
    apolloTelemetry: read.boolean('APOLLO_TELEMETRY', false),
    transport: {
      connectionsPerSubgraph: read.positiveInt('SUBGRAPH_CONNECTIONS', DEFAULT_TRANSPORT.connectionsPerSubgraph),
      dedupeInFlight: read.boolean('GATEWAY_DEDUPE_IN_FLIGHT', DEFAULT_TRANSPORT.dedupeInFlight),
    },
    workers: read.positiveInt('GATEWAY_WORKERS', 1),
    queryPlanCacheMiB: read.positiveInt('QUERY_PLAN_CACHE_MIB', DEFAULT_QUERY_PLAN_CACHE_MIB),
    signing: readSigningConfig(read),
    auth: {
      jwtSecret: read.optionalSecret('AUTH_JWT_SECRET', MIN_SECRET_LENGTH),
      jwksUrl: read.url('AUTH_JWKS_URL', ['http:', 'https:']),
      issuer: read.optionalString('AUTH_ISSUER'),
      audience: read.optionalString('AUTH_AUDIENCE'),
      maxTokenAgeSeconds: read.positiveInt('AUTH_MAX_TOKEN_AGE_SECONDS', DEFAULT_MAX_TOKEN_AGE_SECONDS),
    },
    playground: read.oneOf<PlaygroundMode>('PLAYGROUND', ['on', 'read-only', 'off'], env.NODE_ENV === 'production' ? 'off' : 'on'),
    safelist: {
      enabled: read.boolean('SAFELIST', false),
      manifestFile: env.SAFELIST_MANIFEST ? path.resolve(read.string('SAFELIST_MANIFEST', '')) : null,
    },
    requestSafety: readRequestSafety(read, env),
    registry: registryOn
      ? {
          database: registryUrl
            ? { kind: 'postgres', url: registryUrl, schema: read.identifier('REGISTRY_DATABASE_SCHEMA', 'registry') }
            : { kind: 'embedded', dataDir: dataRoot === 'memory' ? 'memory' : path.resolve(dataRoot, 'registry'), schema: 'public' },
          coreConfigFile: SUPERGRAPH_CONFIG,
          pollIntervalMs: read.positiveInt('SUPERGRAPH_POLL_MS', 2_000),
          lastGoodFile: dataRoot === 'memory' ? null : path.resolve(dataRoot, 'gateway', 'last-good-supergraph.graphql'),
          routingAddresses: read.oneOf('REGISTRY_ROUTING_ADDRESSES', ROUTING_ADDRESS_POLICIES, 'public'),
          checkTimeoutMs: read.positiveInt('REGISTRY_CHECK_TIMEOUT_MS', 30_000),
        }
      : undefined,
  };
  if (config.auth.jwtSecret && config.auth.jwksUrl) {
    read.report("set only one of AUTH_JWT_SECRET and AUTH_JWKS_URL: with both, which one verifies callers' tokens would be ambiguous");
  }
  if (config.safelist?.enabled && !config.registry && !config.safelist.manifestFile) {
    read.report('SAFELIST=true needs the registry (REGISTRY=true) or a manifest file (SAFELIST_MANIFEST)');
  }
  read.finish();
  return config;
}
