import { auditServer, type AuditFail, type AuditResult } from 'graphql-http';
import { forwardedIdentity, startFederation, type Federation, type SubgraphName } from './support/federation';

/**
 * The GraphQL-over-HTTP audit suite of graphql-http (`serverAudits`), against the gateway and each subgraph:
 * no MUST may fail. The SHOULD warnings that remain are Apollo Server's documented choices; each is listed in
 * README ("GraphQL over HTTP") with its reason, and this list must match it: a new warning fails here.
 */
const ACCEPTED_WARNINGS: readonly string[] = [
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

const summary = (results: AuditResult[]) => ({
  failures: results.filter((r): r is AuditFail => r.status === 'error').map((r) => `${r.name}: ${r.reason}`),
  warnings: results
    .filter((r) => r.status === 'warn')
    .map((r) => r.name)
    .sort(),
});

it('the gateway passes every MUST', async () => {
  const results = summary(await auditServer({ url: federation.gatewayUrl }));
  expect(results.failures).toEqual([]);
  expect(results.warnings).toEqual([...ACCEPTED_WARNINGS].sort());
});

it.each(['organizations', 'projects', 'agreements'] as SubgraphName[])(
  'the %s subgraph passes every MUST (called as the gateway calls it)',
  async (name) => {
    const identity = await forwardedIdentity(name);
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), ...identity } });
    const results = summary(await auditServer({ url: federation.subgraphs[name].url, fetchFn }));
    expect(results.failures).toEqual([]);
    expect(results.warnings).toEqual([...ACCEPTED_WARNINGS].sort());
  },
);
