import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  DEFAULT_OPERATION_LIMITS,
  defaultRequestSafety,
  generateSigningKeySet,
  GATEWAY_JWKS_PATH,
  PUBLIC_READER,
  startSubgraph,
  startTestIdentityIssuer,
  type DatabaseConfig,
  type GatewayAddress,
  type Identity,
  type OperationLimits,
  type RequestSafetyConfig,
  type RunningSubgraph,
  type SubgraphConfig,
  type SubgraphDefinition,
  type TestIdentityIssuer,
} from '@hamyar/shared';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway';
import type { GatewayConfig } from '../../gateway/src/config';
import type { SigningConfig } from '../../gateway/src/auth/signing-keys-config';
import { organizationsSubgraph } from '../../subgraphs/organizations/src';
import { projectsSubgraph } from '../../subgraphs/projects/src';
import { agreementsSubgraph } from '../../subgraphs/agreements/src';
import { SUPERGRAPH_CONFIG, SUPERGRAPH_FILE } from '../../gateway/src/compose/compose-supergraph';
import { blankSnapshot, fromTemplate } from './templates';
import { AUTH_JWT_SECRET, postGraphQL, type GraphQLResponse } from './gateway-client';

export { AUTH_JWT_SECRET, editorOf, nationalAdmin, postGraphQL, tokenFor, type GraphQLResponse } from './gateway-client';

export const SUBGRAPHS = { organizations: organizationsSubgraph, projects: projectsSubgraph, agreements: agreementsSubgraph } as const;
export type SubgraphName = keyof typeof SUBGRAPHS;

/** Databases testDatabase() made that a test subgraph may start on a copy of its template (templates.ts). */
const mayCopyTemplate = new WeakSet<DatabaseConfig>();

/**
 * Where a test's subgraph keeps its tables: with DATABASE_URL (as in CI), a fresh schema of that real
 * Postgres (the test file's own database), dropped afterwards; without, an in-memory embedded PGlite. A test
 * subgraph started on it begins from a copy of its subgraph's migrated, seeded template; `template: false`
 * keeps it on the real path (migrations and seed from an empty database), for tests of the migrations.
 */
export function testDatabase(name: string, options: { template?: boolean } = {}): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  const template = options.template ?? true;
  const snapshot = template ? blankSnapshot() : undefined;
  const database: DatabaseConfig = url
    ? { kind: 'postgres', url, schema: `test_${randomBytes(4).toString('hex')}_${name}` }
    : { kind: 'embedded', dataDir: 'memory', schema: 'public', ...(snapshot ? { snapshot } : {}) };
  if (template) mayCopyTemplate.add(database);
  return database;
}

/**
 * The test gateway's key pair (fresh for each test file); callers' tokens are signed with AUTH_JWT_SECRET
 * (gateway-client.ts). Subgraphs are given only the public half, through a JWKS URL, exactly as in production.
 */
export const TEST_SIGNING_KEYS = generateSigningKeySet();
export const TEST_GATEWAY_SIGNING: SigningConfig = { keys: TEST_SIGNING_KEYS, reloadMs: 10_000 };

let issuer: Promise<TestIdentityIssuer> | undefined;
/** Serves the test gateway's public keys for subgraphs started without a gateway (one server per test file). */
function testIdentityIssuer(): Promise<TestIdentityIssuer> {
  issuer ??= startTestIdentityIssuer(TEST_SIGNING_KEYS);
  return issuer;
}

/**
 * Starts a subgraph as in production, given only where the gateway is. Without a gateway, it verifies with
 * the test keys' JWKS (served by testIdentityIssuer) and has no gateway to check references through.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition<any>,
  database = testDatabase(definition.name),
  gateway?: GatewayAddress,
  jwks: SubgraphConfig['jwks'] = { cacheMaxAgeMs: 60_000, cooldownMs: 1_000 },
  requestSafety?: RequestSafetyConfig,
): Promise<RunningSubgraph> {
  const jwksUrl = gateway ? undefined : (await testIdentityIssuer()).jwksUrl;
  return startSubgraph(definition, {
    name: definition.name,
    host: '127.0.0.1',
    port: 0,
    database: mayCopyTemplate.has(database) ? await fromTemplate(definition, database) : database,
    seed: true,
    logLevel: 'warn',
    gateway: gateway ?? { jwksUrl: jwksUrl!, graphqlUrl: jwksUrl!.replace(GATEWAY_JWKS_PATH, '/graphql') },
    jwks,
    requestSafety,
  });
}

/** What the gateway adds to a request for the subgraph `audience`: the identity it verified, signed for it. */
export async function forwardedIdentity(audience: string, identity: Identity = PUBLIC_READER): Promise<Record<string, string>> {
  return (await testIdentityIssuer()).headers(audience, identity);
}

export interface Federation {
  readonly gatewayUrl: string;
  readonly gateway: RunningGateway;
  /** The registry's database, when the gateway serves from a registry (for a second replica). */
  readonly registryDatabase?: DatabaseConfig;
  readonly subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** Where the subgraphs find the gateway (its JWKS and API), for a further subgraph a test starts. */
  readonly gatewayAddress: GatewayAddress;
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<GraphQLResponse<T>>;
  /**
   * The settings of one more gateway in front of these subgraphs, as the test gateway has them (its keys and
   * callers' secret) but with no registry and no changed limits, then `overrides`: a replica, or a gateway set up
   * as some deployment is.
   */
  gatewayConfig(overrides?: Partial<GatewayConfig>): GatewayConfig;
  /** SQL statements each subgraph ran while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<Record<SubgraphName, number>>;
  stop(): Promise<void>;
}

export interface FederationOptions {
  /** Serve the supergraph from a schema registry (in its own test database), polled this often. */
  readonly registry?: { readonly pollIntervalMs: number };
  /** Safelist mode: only operations registered in the registry run (needs `registry`). */
  readonly safelist?: boolean;
  /** Limits other than the defaults, for the gateway and every subgraph alike (a stress test's deep query). */
  readonly limits?: Partial<OperationLimits>;
  /** Gateway settings over the test defaults (rate limits, subgraph call policy…). */
  readonly gateway?: Partial<GatewayConfig>;
  /** The gateway's signing keys (default: the test key pair, from memory). */
  readonly signing?: SigningConfig;
  /** How long subgraphs keep the gateway's JWKS, and how often an unknown kid may refetch it. */
  readonly jwks?: SubgraphConfig['jwks'];
}

type RegistrySettings = NonNullable<GatewayConfig['registry']>;

/** A test gateway's schema registry on `database`: polled every 100 ms, no last-good file, loopback routes allowed. */
export function testRegistry(database: DatabaseConfig, overrides: Partial<RegistrySettings> = {}): RegistrySettings {
  return {
    database,
    coreConfigFile: SUPERGRAPH_CONFIG,
    pollIntervalMs: 100,
    lastGoodFile: null,
    routingAddresses: 'loopback',
    checkTimeoutMs: 120_000,
    ...overrides,
  };
}

/** The default posture with some limits changed. */
function requestSafetyWith(limits: Partial<OperationLimits> = {}): RequestSafetyConfig {
  return { ...defaultRequestSafety(), limits: { ...DEFAULT_OPERATION_LIMITS, ...limits } };
}

/** The three real subgraphs and the gateway, over real HTTP on free ports, on real Postgres (or PGlite). */
export async function startFederation(options: FederationOptions = {}): Promise<Federation> {
  const names = Object.keys(SUBGRAPHS) as SubgraphName[];
  // The gateway listens on a port chosen when it starts, after the subgraphs; they read its address only
  // when they first need it (a request to verify, a reference to check), as in production.
  const gatewayAddress = { jwksUrl: '', graphqlUrl: '' };
  const started: RunningSubgraph[] = [];
  const requestSafety = requestSafetyWith(options.limits);
  try {
    for (const name of names)
      started.push(
        await startTestSubgraph(
          SUBGRAPHS[name] as SubgraphDefinition<object>,
          testDatabase(name),
          gatewayAddress,
          options.jwks,
          requestSafety,
        ),
      );
  } catch (error) {
    await stopSubgraphs(started);
    throw error;
  }
  const subgraphs = Object.fromEntries(names.map((name, i) => [name, started[i]])) as Record<SubgraphName, RunningSubgraph>;
  let gateway: RunningGateway;
  const registryDatabase = testDatabase('registry');
  const gatewayConfig = (overrides: Partial<GatewayConfig> = {}): GatewayConfig => ({
    host: '127.0.0.1',
    port: 0,
    supergraphFile: SUPERGRAPH_FILE,
    subgraphUrls: Object.fromEntries(names.map((name) => [name, subgraphs[name].url])),
    subgraphTimeoutMs: 10_000,
    signing: options.signing ?? TEST_GATEWAY_SIGNING,
    auth: { jwtSecret: AUTH_JWT_SECRET },
    logLevel: 'warn',
    ...overrides,
  });
  try {
    gateway = await startGateway(
      gatewayConfig({
        requestSafety,
        safelist: { enabled: options.safelist ?? false, manifestFile: null },
        registry: options.registry ? testRegistry(registryDatabase, { pollIntervalMs: options.registry.pollIntervalMs }) : undefined,
        ...options.gateway,
      }),
    );
  } catch (error) {
    await stopSubgraphs(started);
    throw error;
  }
  gatewayAddress.graphqlUrl = gateway.url;
  gatewayAddress.jwksUrl = gateway.url.replace('/graphql', GATEWAY_JWKS_PATH);
  return {
    gatewayUrl: gateway.url,
    gateway,
    gatewayAddress,
    registryDatabase: options.registry ? registryDatabase : undefined,
    subgraphs,
    gatewayConfig,
    query: (query, variables, options) =>
      postGraphQL(gateway.url, query, variables, options?.token ? { authorization: `Bearer ${options.token}` } : {}),
    async countStatements(work) {
      const before = names.map((name) => subgraphs[name].database.statements.total);
      await work();
      return Object.fromEntries(names.map((name, i) => [name, subgraphs[name].database.statements.total - before[i]])) as Record<
        SubgraphName,
        number
      >;
    },
    async stop() {
      await gateway.stop();
      await stopSubgraphs(started);
      if (options.registry) await dropSchemas([registryDatabase]);
    },
  };
}

/** Stops the subgraphs (already stopped ones too) and, on a real Postgres, drops the schemas they made. */
export async function stopSubgraphs(subgraphs: readonly RunningSubgraph[]): Promise<void> {
  await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
  await dropSchemas(subgraphs.map((subgraph) => ({ kind: 'postgres', url: '', schema: subgraph.database.schema })));
}

/** On a real Postgres, drops the schemas test databases were given (nothing to do on embedded ones). */
export async function dropSchemas(databases: readonly DatabaseConfig[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client(url);
  await client.connect();
  try {
    for (const database of databases) await client.query(`DROP SCHEMA IF EXISTS "${database.schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
