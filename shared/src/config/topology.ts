/**
 * The core subgraphs and their default ports. The gateway derives each subgraph's URL from these unless told
 * otherwise, and docker-compose.yml must agree with them (a test checks it).
 */
export interface SubgraphSlot {
  readonly name: string;
  readonly defaultPort: number;
  /** The env var that sets the port this subgraph listens on (and the port the gateway calls it on). */
  readonly portEnv: string;
  /** The env var that tells the gateway this subgraph's full GraphQL URL (wins over the port). */
  readonly urlEnv: string;
}

export const GATEWAY_DEFAULT_PORT = 4000;

export const CORE_SUBGRAPHS: readonly SubgraphSlot[] = [slot('organizations', 4001), slot('projects', 4002), slot('agreements', 4003)];

function slot(name: string, defaultPort: number): SubgraphSlot {
  const prefix = name.toUpperCase().replace(/-/g, '_');
  return { name, defaultPort, portEnv: `${prefix}_PORT`, urlEnv: `${prefix}_URL` };
}

export function subgraphSlot(name: string): SubgraphSlot {
  const found = CORE_SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph "${name}"`);
  return found;
}
