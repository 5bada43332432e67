import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postGraphQL } from './support/federation';
import { processFederation, type ProcessFederation, type ServiceName } from './support/processes';

/**
 * Observability over real processes: each service exposes Prometheus metrics, one client request becomes one
 * trace that spans the gateway and the subgraphs it called (W3C trace context passed on, exported over
 * OTLP/HTTP to a receiver in this test), and the gateway's request ID shows in the subgraphs' log lines.
 */
jest.setTimeout(600_000);

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** A minimal OTLP/HTTP trace receiver (JSON encoding, as @opentelemetry/exporter-trace-otlp-http sends). */
async function otlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const payload = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
        }[];
      };
      for (const resourceSpans of payload.resourceSpans) {
        const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resourceSpans.scopeSpans)
          for (const span of scope.spans)
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
            });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('metrics, traces and request IDs across the federation', () => {
  let federation: ProcessFederation;
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  const metricsOf = async (name: ServiceName) => (await fetch(`http://127.0.0.1:${federation.services[name].port}/metrics`)).text();

  beforeAll(async () => {
    receiver = await otlpReceiver();
    federation = await processFederation({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url }, { RATE_LIMIT: 'false' });
    await federation.start();
  });
  afterAll(async () => {
    await federation?.stop();
    await receiver?.close();
  });

  it('one request is one trace, from the gateway into each subgraph it called', async () => {
    const answer = await postGraphQL(
      federation.gatewayUrl,
      `query TracedProvince { province(code: "IR-02") { nameFa projects { nodes { title } } } }`,
      undefined,
      { 'x-request-id': 'trace-test-0001' },
    );
    expect(answer.body.errors).toBeUndefined();
    let trace: ReceivedSpan[] = [];
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const root = receiver.spans.find((span) => span.service === 'gateway' && span.name === 'POST /graphql');
      if (!root) continue;
      trace = receiver.spans.filter((span) => span.traceId === root.traceId);
      if (['organizations', 'projects'].every((service) => trace.some((span) => span.service === service))) break;
    }
    const services = new Set(trace.map((span) => span.service));
    expect([...services].sort()).toEqual(['gateway', 'organizations', 'projects']);
    // Every span but the gateway's own root has its parent in the same trace: one tree, not fragments.
    const ids = new Set(trace.map((span) => span.spanId));
    const roots = trace.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId));
    expect(roots).toEqual([expect.objectContaining({ service: 'gateway', name: 'POST /graphql' })]);
    // The subgraphs' spans hang under the gateway's fetch spans.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    for (const span of trace.filter((s) => s.service !== 'gateway')) expect(byId.get(span.parentSpanId!)?.name).toBe('gateway.fetch');
  });

  it("the gateway's request ID reaches the subgraphs' log lines, with the operation and its timings; no token is logged", async () => {
    const token = 'Bearer not-a-real-token-but-secret-looking';
    await postGraphQL(federation.gatewayUrl, `query WithId { province(code: "IR-07") { nameFa projects { totalCount } } }`, undefined, {
      'x-request-id': 'request-id-0002',
    });
    await postGraphQL(federation.gatewayUrl, `{ provinces { totalCount } }`, undefined, { authorization: token });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const gatewayLine = federation.services.gateway.logLines().find((line) => line.requestId === 'request-id-0002');
    expect(gatewayLine).toMatchObject({ service: 'gateway', operation: 'WithId', type: 'query', msg: 'graphql request' });
    expect(gatewayLine!.durationMs).toEqual(expect.any(Number));
    expect(gatewayLine!.subgraphs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subgraph: 'organizations', outcome: 'ok' }),
        expect.objectContaining({ subgraph: 'projects', outcome: 'ok' }),
      ]),
    );
    for (const name of ['organizations', 'projects'] as const) {
      expect(federation.services[name].logLines()).toContainEqual(
        expect.objectContaining({ requestId: 'request-id-0002', msg: 'graphql request' }),
      );
    }
    for (const name of ['gateway', 'organizations', 'projects', 'agreements'] as const) {
      expect(federation.services[name].output).not.toContain('not-a-real-token');
      expect(federation.services[name].output).not.toContain('x-hamyar-identity');
    }
  });

  it('every service exposes its Prometheus metrics: requests and latency by operation, errors by code, pool use, event-loop lag', async () => {
    await postGraphQL(federation.gatewayUrl, `query Broken { province(code: "nowhere") { nameFa } }`);
    await postGraphQL(federation.gatewayUrl, `{ provinces(first: 1) { nodes { nameFa } } agreements(first: 1) { totalCount } }`);
    await postGraphQL(federation.gatewayUrl, `{ provinces(first: 1) { nodes { nameFa } } agreements(first: 1) { totalCount } }`);
    const gateway = await metricsOf('gateway');
    expect(gateway).toMatch(/hamyar_graphql_request_duration_seconds_count\{[^}]*operation="TracedProvince"[^}]*type="query"[^}]*\} 1/);
    expect(gateway).toMatch(/hamyar_graphql_errors_total\{[^}]*code="[A-Z_]+"/);
    expect(gateway).toMatch(/hamyar_subgraph_request_duration_seconds_count\{[^}]*subgraph="projects"[^}]*outcome="ok"/);
    expect(gateway).toMatch(/hamyar_query_plan_cache_total\{[^}]*result="hit"[^}]*\} [1-9]/);
    expect(gateway).toMatch(/hamyar_query_plan_cache_total\{[^}]*result="miss"/);
    expect(gateway).toMatch(/hamyar_subgraph_breaker_state\{[^}]*subgraph="organizations"[^}]*\} 0/);
    expect(gateway).toMatch(/nodejs_eventloop_lag_seconds\{[^}]*service="gateway"/);
    for (const name of ['organizations', 'projects', 'agreements'] as const) {
      const text = await metricsOf(name);
      expect(text).toMatch(new RegExp(`hamyar_graphql_request_duration_seconds_count\\{[^}]*service="${name}"`));
      expect(text).toMatch(/hamyar_db_pool_connections\{[^}]*state="total"[^}]*\} [1-9]/);
      expect(text).toMatch(/hamyar_db_pool_connections\{[^}]*state="waiting"/);
      expect(text).toMatch(/nodejs_eventloop_lag_seconds/);
    }
  });
});
