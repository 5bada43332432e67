import path from 'node:path';
import { Env, EnvReader } from './env-reader';
import { GATEWAY_JWKS_PATH } from '../auth/forwarded-identity';
import { CORE_SUBGRAPHS, GATEWAY_DEFAULT_PORT, subgraphSlot } from './topology';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../database/statement-timeout';
import { readRequestSafety, type RequestSafetyConfig } from '../request-safety/request-safety-config';
import { tracingFromEnv, type TracingSettings } from '../observability/tracing';

/** Where a subgraph keeps its tables: a real PostgreSQL schema, or an embedded PGlite database. */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string }
  | {
      readonly kind: 'embedded';
      readonly dataDir: string | 'memory';
      readonly schema: string;
      /**
       * A data-directory tarball (PGlite's dumpDataDir) an in-memory database starts from instead of an empty
       * cluster: tests copy one migrated, seeded database rather than build it again for every subgraph.
       */
      readonly snapshot?: string;
    };

export interface SubgraphConfig {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Apply the seed of the source record on start when it has not been applied yet. */
  readonly seed: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * The gateway, the only party a subgraph talks to: its public keys verify the identity it forwards (see
   * forwarded-identity.ts), and its public API answers reference checks. No secret: a subgraph holds nothing
   * that can sign. Read when first needed, so a subgraph can start before the gateway.
   */
  readonly gateway: GatewayAddress;
  /** How long the gateway's JWKS is kept, and how often at most an unknown key id refetches it. */
  readonly jwks: { readonly cacheMaxAgeMs: number; readonly cooldownMs: number };
  /** Longest one SQL statement may run (STATEMENT_TIMEOUT_MS); 15 s when absent. */
  readonly statementTimeoutMs?: number;
  /** Request limits and production posture (request-safety-config.ts); the defaults when absent. */
  readonly requestSafety?: RequestSafetyConfig;
  /** How long start-up waits for a database that cannot be reached yet before giving up (default 60 s). */
  readonly databaseWaitMs?: number;
  /** OTLP export of traces (OTEL_EXPORTER_OTLP_ENDPOINT); absent: no tracing. */
  readonly tracing?: TracingSettings;
}

export interface GatewayAddress {
  /** The gateway's JWKS, e.g. http://gateway:4000/.well-known/jwks.json. */
  readonly jwksUrl: string;
  /** The gateway's GraphQL endpoint, for reference checks (as a public caller). */
  readonly graphqlUrl: string;
}

export const MIN_SECRET_LENGTH = 32;

/** `fars-smart-city` → `FARS_SMART_CITY`, the prefix of a subgraph's own variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * Where a subgraph finds the gateway: `GATEWAY_JWKS_URL` (else localhost on `GATEWAY_PORT`) and
 * `GATEWAY_URL` for its GraphQL API (else the JWKS URL's origin + /graphql).
 */
export function gatewayAddressFromEnv(read: EnvReader): GatewayAddress {
  const port = read.port('GATEWAY_PORT', GATEWAY_DEFAULT_PORT);
  const jwksUrl = read.url('GATEWAY_JWKS_URL', ['http:', 'https:']) ?? `http://localhost:${port}${GATEWAY_JWKS_PATH}`;
  let origin = `http://localhost:${port}`;
  try {
    origin = new URL(jwksUrl).origin;
  } catch {
    // reported by read.url
  }
  return { jwksUrl, graphqlUrl: read.url('GATEWAY_URL', ['http:', 'https:']) ?? `${origin}/graphql` };
}

/** Every core subgraph's URL: `<NAME>_URL`, else localhost on `<NAME>_PORT`. */
export function subgraphUrlsFromEnv(read: EnvReader): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const slot of CORE_SUBGRAPHS) {
    const port = read.port(slot.portEnv, slot.defaultPort);
    urls[slot.name] = read.url(slot.urlEnv, ['http:', 'https:']) ?? `http://localhost:${port}/graphql`;
  }
  return urls;
}

/**
 * Reads a subgraph's settings once, at start-up. Each setting has a per-subgraph override
 * (`PROJECTS_DATABASE_URL` wins over `DATABASE_URL`), so one env file can describe the whole federation.
 */
export function loadSubgraphConfig(name: string, env: Env = process.env, defaultPort?: number): SubgraphConfig {
  // Core subgraphs have their slot; a province's own subgraph names its default port.
  const slot = defaultPort === undefined ? subgraphSlot(name) : { portEnv: `${envPrefix(name)}_PORT`, defaultPort };
  const prefix = envPrefix(name);
  const read = new EnvReader(env);
  const urlName = env[`${prefix}_DATABASE_URL`] ? `${prefix}_DATABASE_URL` : 'DATABASE_URL';
  const url = read.url(urlName, ['postgres:', 'postgresql:']);
  const schemaName = env[`${prefix}_DATABASE_SCHEMA`] ? `${prefix}_DATABASE_SCHEMA` : 'DATABASE_SCHEMA';
  const schema = read.identifier(schemaName, url ? name.replace(/-/g, '_') : 'public');
  const dataRoot = read.string('HAMYAR_DATA_DIR', '.data');
  const config: SubgraphConfig = {
    name,
    host: read.string('HOST', '0.0.0.0'),
    port: read.port(slot.portEnv, slot.defaultPort),
    database: url
      ? { kind: 'postgres', url, schema }
      : { kind: 'embedded', dataDir: dataRoot === 'memory' ? 'memory' : path.resolve(dataRoot, name), schema },
    seed: read.boolean('SEED', true),
    logLevel: read.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    gateway: gatewayAddressFromEnv(read),
    jwks: {
      cacheMaxAgeMs: read.positiveInt('GATEWAY_JWKS_MAX_AGE_MS', 60_000),
      cooldownMs: read.positiveInt('GATEWAY_JWKS_COOLDOWN_MS', 10_000),
    },
    statementTimeoutMs: read.positiveInt('STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS),
    requestSafety: readRequestSafety(read, env),
    databaseWaitMs: read.positiveInt('DATABASE_WAIT_MS', 60_000),
    tracing: tracingFromEnv(read),
  };
  read.finish();
  return config;
}
