import fs from 'node:fs';
import { postGraphQL, type GraphQLResponse } from './gateway-client';

/**
 * Set by the integration tests' global setup (global-setup.js) when a test file of the run calls
 * `sharedFederation(` (it looks for those words): the file where the shared federation's process says where its
 * gateway listens.
 */
export const SHARED_FEDERATION_ENV = 'HAMYAR_TEST_SHARED_FEDERATION';

/** A running federation a read-only test file queries through its gateway, as a client would. */
export interface SharedFederation {
  readonly gatewayUrl: string;
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<GraphQLResponse<T>>;
}

/**
 * The federation of the run for test files that only read: the three core subgraphs on their seeded record and
 * the gateway, with the default settings, as startFederation() gives them. One process serves every such file
 * of the run, so they pay neither the start of a federation nor the loading of its code; a file that writes,
 * reads the databases, counts statements or changes a setting starts its own (startFederation()).
 */
export async function sharedFederation(): Promise<SharedFederation> {
  const readyFile = process.env[SHARED_FEDERATION_ENV];
  if (!readyFile)
    throw new Error(
      `no shared federation: the integration tests' global setup (test/support/global-setup.js) starts it for a run with a test file that calls sharedFederation(); run this file with Jest's integration project`,
    );
  const { gatewayUrl } = await startedBy(readyFile);
  return {
    gatewayUrl,
    query: (query, variables, options) =>
      postGraphQL(gatewayUrl, query, variables, options?.token ? { authorization: `Bearer ${options.token}` } : {}),
  };
}

/** Waits for the shared federation's process to say where its gateway is, or why it did not start. */
async function startedBy(readyFile: string, timeoutMs = 240_000): Promise<{ gatewayUrl: string }> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    if (fs.existsSync(readyFile)) {
      const outcome = JSON.parse(fs.readFileSync(readyFile, 'utf8')) as { gatewayUrl: string } | { error: string };
      if ('error' in outcome) throw new Error(`the run's shared federation did not start:\n${outcome.error}`);
      return outcome;
    }
    if (Date.now() > deadline) throw new Error(`the run's shared federation was not ready within ${timeoutMs} ms (${readyFile})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
