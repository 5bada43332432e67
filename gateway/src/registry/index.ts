import { IDENTITY_HEADER, PUBLIC_READER, checkProvinceSubgraphName, openDatabase, provinceNamingViolations, type Database, type ForwardedIdentitySigner } from '@hamyar/shared';
import type { GatewayConfig } from '../config';
import { readSubgraphSources } from '../compose/compose-supergraph';
import { KnownOperationEntity } from './entities/known-operation.entity';
import { RegisteredSubgraphEntity } from './entities/registered-subgraph.entity';
import { SubgraphVersionEntity } from './entities/subgraph-version.entity';
import { SupergraphVersionEntity } from './entities/supergraph-version.entity';
import { CreateRegistry1766000000000 } from './migrations/1766000000000-create-registry';
import { SchemaRegistry, type RegistryRules } from './schema-registry';

export const REGISTRY_ENTITIES = [RegisteredSubgraphEntity, SubgraphVersionEntity, SupergraphVersionEntity, KnownOperationEntity];
export const REGISTRY_MIGRATIONS = [CreateRegistry1766000000000];

/**
 * The rules a publish is held to: a province's names and types carry its prefix, and the subgraph must
 * answer at its URL (asked as the gateway asks, with an identity signed for that subgraph) before the gateway is told to route
 * to it. That is the documented rule for a subgraph that is down: its publish is refused, nothing changes.
 */
export function registryRules(signer: ForwardedIdentitySigner, timeoutMs = 3_000): RegistryRules {
  return {
    nameProblems: checkProvinceSubgraphName,
    namingViolations: (sdl, province) => provinceNamingViolations(sdl, province),
    async probe(url, name) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signer.sign(PUBLIC_READER, name) },
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) return `HTTP ${response.status}`;
        const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
        return body.data?._service?.sdl ? null : 'it does not answer _service { sdl }';
      } catch (error) {
        return (error as Error).message;
      }
    },
  };
}

export interface OpenRegistry {
  readonly registry: SchemaRegistry;
  readonly database: Database;
}

/** Opens (migrating) the registry's database and, when it is empty, registers the core subgraphs. */
export async function openRegistry(settings: NonNullable<GatewayConfig['registry']>, signer: ForwardedIdentitySigner): Promise<OpenRegistry> {
  const database = await openDatabase({ subgraph: 'registry', config: settings.database, entities: REGISTRY_ENTITIES, migrations: REGISTRY_MIGRATIONS });
  const registry = new SchemaRegistry(database.dataSource, registryRules(signer));
  await registry.bootstrap(readSubgraphSources(settings.coreConfigFile));
  return { registry, database };
}

export { SchemaRegistry };
