import type { ApolloGateway } from '@apollo/gateway';
import type { ReadinessCheck, ServiceMetrics } from '@hamyar/shared';
import type { SubgraphCallPolicies } from './resilience/subgraph-call-policy';

/** The subgraphs a supergraph routes to, from its join__Graph enum. */
function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) found[match[1]] = match[2];
  return found;
}

/**
 * Ready once a supergraph is loaded; the report lists each subgraph it routes to with its breaker's state
 * ("closed" until a call says otherwise). A subgraph that is down does not make the gateway unready: it still
 * serves everything else, with an error naming the missing part.
 */
export function supergraphReadiness(
  gateway: ApolloGateway,
  policies: SubgraphCallPolicies,
  servedVersion: () => number | undefined,
): ReadinessCheck {
  let subgraphs: Record<string, string> | undefined;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    subgraphs = subgraphsOf(coreSupergraphSdl);
  });
  return async () => {
    const states = policies.states();
    return {
      ready: subgraphs !== undefined,
      checks: {
        supergraph: subgraphs ? { loaded: true, servedVersion: servedVersion() ?? null } : { loaded: false },
        subgraphs: Object.fromEntries(Object.keys(subgraphs ?? {}).map((name) => [name, { breaker: states[name] ?? 'closed' }])),
      },
    };
  };
}

/**
 * Plan-cache hits and misses. @apollo/gateway keeps its query plans in `queryPlanStore` and reports no
 * figure of its own, so its `get` is wrapped once here (the store lives as long as the gateway).
 */
export function countPlanCacheHits(gateway: ApolloGateway, metrics: ServiceMetrics): void {
  const counter = metrics.counter('hamyar_query_plan_cache_total', 'Query plan look-ups in the gateway, by result (hit or miss)', [
    'result',
  ]);
  const store = (gateway as unknown as { queryPlanStore?: { get(key: string): Promise<unknown> } }).queryPlanStore;
  if (!store) return;
  const get = store.get.bind(store);
  store.get = async (key) => {
    const plan = await get(key);
    counter.inc({ result: plan ? 'hit' : 'miss' });
    return plan;
  };
}
