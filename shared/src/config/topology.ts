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

/**
 * The gateway's young generation (V8's semi-space, MB): a request's garbage dies young, and at 64 MB a
 * scavenge runs a quarter as often as at Node's 16 MB (gateway CPU per request 18-26% lower in the isolated
 * bench, for about 90 MB more RSS per process). V8 sizes its heap when the process starts, so this is a
 * node flag each launcher passes (NODE_OPTIONS, which cluster workers inherit), not something the gateway
 * can set for itself.
 */
export const GATEWAY_SEMI_SPACE_FLAG = '--max-semi-space-size=64';

/** NODE_OPTIONS for the gateway: the operator's own, with the young generation's size unless they chose one. */
export function gatewayNodeOptions(given = ''): string {
  return /--max-semi-space-size\b/.test(given) ? given : `${given} ${GATEWAY_SEMI_SPACE_FLAG}`.trim();
}

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
