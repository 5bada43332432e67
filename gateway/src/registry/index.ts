import {
  IDENTITY_HEADER,
  PUBLIC_READER,
  checkProvinceSubgraphName,
  openDatabase,
  provinceNamingViolations,
  type Database,
  type ForwardedIdentitySigner,
} from '@hamyar/shared';
import { parse, validate } from 'graphql';
import type { GatewayConfig } from '../config';
import { readSubgraphSources } from '../compose/compose-supergraph';
import { KnownOperationEntity } from './entities/known-operation.entity';
import { PersistedOperationEntity } from './entities/persisted-operation.entity';
import { RegisteredSubgraphEntity } from './entities/registered-subgraph.entity';
import { SubgraphVersionEntity } from './entities/subgraph-version.entity';
import { SupergraphVersionEntity } from './entities/supergraph-version.entity';
import { CreateRegistry1766000000000 } from './migrations/1766000000000-create-registry';
import { CreatePersistedOperations1767000000000 } from './migrations/1767000000000-create-persisted-operations';
import { routingUrlProblem } from './routing-url-policy';
import { apiSchemaOf } from './schema-check';
import { SchemaCheckWorker, type SchemaCheck } from './schema-check-runner';
import { SchemaRegistry, type RegistryRules } from './schema-registry';
import { subgraphSdlDifference } from './subgraph-sdl-equivalence';

const REGISTRY_ENTITIES = [
  RegisteredSubgraphEntity,
  SubgraphVersionEntity,
  SupergraphVersionEntity,
  KnownOperationEntity,
  PersistedOperationEntity,
];
const REGISTRY_MIGRATIONS = [CreateRegistry1766000000000, CreatePersistedOperations1767000000000];

type RegistrySettings = NonNullable<GatewayConfig['registry']>;

/**
 * The rules a publish is held to: a province's names and types carry its prefix; the routing URL is one the
 * gateway may call; the subgraph answers there (asked as the gateway asks, with an identity signed for that
 * subgraph) and serves
 * the schema that was submitted. That is the documented rule for a subgraph that is down: its publish is
 * refused, nothing changes.
 */
function registryRules(
  signer: ForwardedIdentitySigner,
  settings: Pick<RegistrySettings, 'routingAddresses'>,
  check: SchemaCheck,
  probeTimeoutMs = 3_000,
): RegistryRules {
  return {
    nameProblems: checkProvinceSubgraphName,
    namingViolations: (sdl, province, foreignEntityTypes) => provinceNamingViolations(sdl, province, undefined, foreignEntityTypes),
    routingUrlProblem: (url) => routingUrlProblem(url, settings.routingAddresses),
    async servedSdl(name, url) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signer.sign(PUBLIC_READER, name) },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
          // A redirect would lead the probe to an address the routing policy never saw.
          redirect: 'error',
          signal: AbortSignal.timeout(probeTimeoutMs),
        });
        if (!response.ok) return { problem: `HTTP ${response.status}` };
        const body = (await response.json()) as { data?: { _service?: { sdl?: unknown } } };
        const sdl = body.data?._service?.sdl;
        return typeof sdl === 'string' && sdl !== '' ? { sdl } : { problem: 'it does not answer _service { sdl }' };
      } catch (error) {
        return { problem: (error as Error).name === 'TimeoutError' ? `no answer within ${probeTimeoutMs / 1000} s` : 'no answer' };
      }
    },
    sdlDifference: subgraphSdlDifference,
    check,
    operationErrors(document, supergraphSdl) {
      let parsed;
      try {
        parsed = parse(document);
      } catch (error) {
        return [(error as Error).message];
      }
      return validate(apiSchemaOf(supergraphSdl), parsed).map((e) => e.message);
    },
  };
}

export interface OpenRegistry {
  readonly registry: SchemaRegistry;
  readonly database: Database;
  /** Ends the check worker and closes the database. */
  close(): Promise<void>;
}

/** Opens (migrating) the registry's database and, when it is empty, registers the core subgraphs. */
export async function openRegistry(settings: RegistrySettings, signer: ForwardedIdentitySigner): Promise<OpenRegistry> {
  const database = await openDatabase({
    subgraph: 'registry',
    config: settings.database,
    entities: REGISTRY_ENTITIES,
    migrations: REGISTRY_MIGRATIONS,
  });
  const checks = new SchemaCheckWorker(settings.checkTimeoutMs);
  const close = async () => {
    await checks.close();
    await database.close();
  };
  try {
    const registry = new SchemaRegistry(database.dataSource, registryRules(signer, settings, checks.check));
    await registry.bootstrap(readSubgraphSources(settings.coreConfigFile));
    checks.warm();
    return { registry, database, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export { SchemaRegistry };
