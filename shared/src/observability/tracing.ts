import { SpanKind, SpanStatusCode, context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EnvReader } from '../config/env-reader';

/** Where traces go: an OTLP/HTTP collector. Absent: no tracing work at all. */
export interface TracingSettings {
  /** The collector's traces URL, e.g. http://otel-collector:4318/v1/traces. */
  readonly tracesUrl: string;
}

/**
 * The standard variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the full URL) or OTEL_EXPORTER_OTLP_ENDPOINT
 * (its base, to which /v1/traces is added), as every OpenTelemetry SDK reads them.
 */
export function tracingFromEnv(read: EnvReader): TracingSettings | undefined {
  const traces = read.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http:', 'https:']);
  if (traces) return { tracesUrl: traces };
  const base = read.url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']);
  return base ? { tracesUrl: `${base.replace(/\/+$/, '')}/v1/traces` } : undefined;
}

/** A service's tracing once started: the tracer, the HTTP middleware that opens each request's span, shutdown. */
export interface Tracing {
  readonly tracer: Tracer;
  /**
   * Continues the caller's W3C trace (traceparent) or starts one, and keeps the span active for the request.
   * Plain node:http types: it runs both as Express middleware and on the GraphQL path.
   */
  readonly middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  /** Writes the caller's active trace context into outgoing headers (the gateway's subgraph calls). */
  inject(headers: { set(name: string, value: string): void }): void;
  shutdown(): Promise<void>;
}

let started: Tracing | undefined;

/**
 * Registers the process's tracer provider (one per process: OpenTelemetry's API is global), exporting in
 * batches over OTLP/HTTP, with W3C trace context propagation and AsyncLocalStorage context. @apollo/gateway
 * reports its own spans (gateway.request, plan, fetch…) through the same global API.
 */
export function startTracing(service: string, settings: TracingSettings): Tracing {
  if (started) return started;
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.tracesUrl }), { scheduledDelayMillis: 1_000 })],
  });
  provider.register();
  const tracer = trace.getTracer('hamyar');
  started = {
    tracer,
    middleware(request, response, next) {
      const parent = propagation.extract(context.active(), request.headers);
      const path = (request.url ?? '/').split('?', 1)[0];
      const span = tracer.startSpan(
        `${request.method} ${path}`,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': request.method, 'url.path': path, 'hamyar.service': service },
        },
        parent,
      );
      response.once('finish', () => {
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(trace.setSpan(parent, span), next);
    },
    inject(headers) {
      propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    },
    async shutdown() {
      await provider.shutdown();
      started = undefined;
    },
  };
  return started;
}
