import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '../auth/identity';
import { ForwardedIdentityVerifier, IDENTITY_HEADER } from '../auth/forwarded-identity';
import { loadSubgraphConfig, type SubgraphConfig } from '../config/subgraph-config';
import { EntityReferences } from '../federation/entity-references';
import { applySeedOnce } from '../database/apply-seed';
import { openDatabase, type Database, type TypeOrmClass } from '../database/open-database';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../database/statement-timeout';
import { BigIntScalar } from '../graphql/bigint-scalar';
import { subgraphTypeDefs } from '../graphql/subgraph-type-defs';
import { createLogger } from '../observability/logger';
import { ServiceMetrics } from '../observability/metrics';
import { startTracing } from '../observability/tracing';
import { databaseReadiness, watchPool } from '../database/database-health';
import { startHttpService, type RunningService } from './http-service';
import type { GraphQLHttpRequest } from './graphql-http-handler';

/** Everything that makes one subgraph: its contract, its tables and how a request's context is built. */
export interface SubgraphDefinition<TContext extends object> {
  readonly name: string;
  /** A province's own subgraph names its default port; the core ones have theirs in the topology. */
  readonly defaultPort?: number;
  /** Path of the subgraph's schema.graphql. */
  readonly schemaFile: string;
  readonly resolvers: GraphQLResolverMap<TContext>;
  readonly entities: readonly TypeOrmClass[];
  readonly migrations: readonly TypeOrmClass[];
  /** The facts of the source record, applied once per database under `seedName`. */
  readonly seed?: { readonly name: string; apply(manager: EntityManager): Promise<void> };
  /** Builds a request's context: fresh DataLoaders every time, so nothing is cached across requests. */
  createContext(services: RequestServices): TContext;
}

/** What a subgraph's request context is built from. */
export interface RequestServices {
  readonly dataSource: DataSource;
  /** The caller, as the gateway verified and forwarded it. */
  readonly identity: Identity;
  /** Asks the gateway, as a public caller, about other subgraphs' entities (existence, key fields). */
  readonly references: EntityReferences;
  readonly request: GraphQLHttpRequest;
}

export interface RunningSubgraph extends RunningService {
  readonly database: Database;
}

export async function startSubgraph<TContext extends object>(
  definition: SubgraphDefinition<TContext>,
  config: SubgraphConfig = loadSubgraphConfig(definition.name, process.env, definition.defaultPort),
): Promise<RunningSubgraph> {
  const log = createLogger(definition.name, config.logLevel);
  const database = await openDatabase({
    subgraph: definition.name,
    config: config.database,
    entities: definition.entities,
    migrations: definition.migrations,
    echoSql: config.logLevel === 'debug',
    statementTimeoutMs: config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    log,
    waitMs: config.databaseWaitMs ?? 0,
  });
  try {
    if (config.seed && definition.seed) {
      await applySeedOnce(database.dataSource, definition.seed.name, definition.seed.apply);
    }
    const schema = buildSubgraphSchema({
      typeDefs: subgraphTypeDefs(definition.schemaFile),
      resolvers: { BigInt: BigIntScalar, ...definition.resolvers } as GraphQLResolverMap<unknown>,
    });
    // Both read the gateway's address when first used, so a subgraph starts before the gateway does.
    const verifier = ForwardedIdentityVerifier.fromJwksUrl(() => config.gateway.jwksUrl, definition.name, config.jwks);
    const references = new EntityReferences(() => config.gateway.graphqlUrl);
    const metrics = new ServiceMetrics(definition.name);
    watchPool(metrics, database.dataSource);
    const tracing = config.tracing ? startTracing(definition.name, config.tracing) : undefined;
    const service = await startHttpService<TContext>({
      name: definition.name,
      host: config.host,
      port: config.port,
      schema,
      requestSafety: config.requestSafety,
      log,
      metrics,
      tracing,
      readiness: () => databaseReadiness(database.dataSource),
      context: async (request) => {
        const identity = await verifier.verify(headerValue(request.headers[IDENTITY_HEADER]));
        return definition.createContext({ dataSource: database.dataSource, identity, references, request });
      },
    });
    return {
      ...service,
      lifecycle: service.lifecycle,
      database,
      async stop() {
        await service.stop();
        await database.close();
        await tracing?.shutdown();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
