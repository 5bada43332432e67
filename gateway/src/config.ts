import path from 'node:path';
import { CORE_SUBGRAPHS, EnvReader, GATEWAY_DEFAULT_PORT, type Env } from '@hamyar/shared';
import { SUPERGRAPH_FILE } from './compose/compose-supergraph';

export interface GatewayConfig {
  readonly host: string;
  readonly port: number;
  readonly supergraphFile: string;
  /** Subgraph name → URL the gateway calls, overriding the supergraph's routing URL. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** How long one subgraph request may take before the gateway gives up on it. */
  readonly subgraphTimeoutMs: number;
}

/**
 * Read once at start-up. Each core subgraph is called at `<NAME>_URL` if set, else on localhost at
 * `<NAME>_PORT`, the same variable the subgraph listens on: one env file configures the whole federation.
 */
export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const read = new EnvReader(env);
  const subgraphUrls: Record<string, string> = {};
  for (const slot of CORE_SUBGRAPHS) {
    const port = read.port(slot.portEnv, slot.defaultPort);
    subgraphUrls[slot.name] = read.url(slot.urlEnv, ['http:', 'https:']) ?? `http://localhost:${port}/graphql`;
  }
  const config: GatewayConfig = {
    host: read.string('HOST', '0.0.0.0'),
    port: read.port('GATEWAY_PORT', GATEWAY_DEFAULT_PORT),
    supergraphFile: path.resolve(read.string('SUPERGRAPH_PATH', SUPERGRAPH_FILE)),
    subgraphUrls,
    subgraphTimeoutMs: read.positiveInt('SUBGRAPH_TIMEOUT_MS', 10_000),
  };
  read.finish();
  return config;
}
