import type { SpanContext, Tracer } from "@opentelemetry/api";

/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set. The SDK, the exporter
 * and the instrumentations are required only then, so an API without tracing loads none of them
 * and its database calls pay one null check. HTTP and GraphQL spans come from the official
 * instrumentations; Neo4j spans from databaseSpan (there is no Neo4j instrumentation to use).
 */
let databaseTracer: Tracer | null = null;
let flush: (() => Promise<void>) | null = null;
let activeSpanContext: (() => SpanContext | undefined) | null = null;

/** OTLP over HTTP (JSON): the endpoint is the collector's base URL; /v1/traces is added. */
export function startTracing(env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || databaseTracer) return databaseTracer !== null;
  try {
    if (!/^https?:$/.test(new URL(endpoint).protocol)) return false;
  } catch {
    // loadConfig names the bad value and stops the process.
    return false;
  }
  const api = require("@opentelemetry/api") as typeof import("@opentelemetry/api");
  const { NodeTracerProvider, BatchSpanProcessor } =
    require("@opentelemetry/sdk-trace-node") as typeof import("@opentelemetry/sdk-trace-node");
  const { OTLPTraceExporter } =
    require("@opentelemetry/exporter-trace-otlp-http") as typeof import("@opentelemetry/exporter-trace-otlp-http");
  const { resourceFromAttributes } = require("@opentelemetry/resources") as typeof import("@opentelemetry/resources");
  const { registerInstrumentations } =
    require("@opentelemetry/instrumentation") as typeof import("@opentelemetry/instrumentation");
  const { HttpInstrumentation } =
    require("@opentelemetry/instrumentation-http") as typeof import("@opentelemetry/instrumentation-http");
  const { GraphQLInstrumentation } =
    require("@opentelemetry/instrumentation-graphql") as typeof import("@opentelemetry/instrumentation-graphql");
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME || "massage-knowledge-graph" }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  const quiet = new Set(["/healthz", "/readyz", "/metrics"]);
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => quiet.has((request.url ?? "").split("?")[0]) }),
      // One span per operation phase and per non-trivial resolver; list items merged.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  databaseTracer = api.trace.getTracer("massage-knowledge-graph.neo4j");
  activeSpanContext = () => api.trace.getActiveSpan()?.spanContext();
  flush = () => provider.shutdown().catch(() => undefined);
  return true;
}

/** Sends the spans still buffered; the server calls it when it shuts down. */
export async function stopTracing(): Promise<void> {
  await flush?.();
}

/**
 * pino's mixin: every log line written inside a traced request names its trace and span, so a
 * line found in the logs leads to its trace and back. Without tracing, an empty object (one null check).
 */
export function traceLogFields(): { traceId?: string; spanId?: string } {
  const context = activeSpanContext?.();
  return context ? { traceId: context.traceId, spanId: context.spanId } : {};
}

const SPAN_KIND_CLIENT = 2;
const STATUS_ERROR = 2;

/** Runs one database call inside a CLIENT span named after its query file, when tracing is on. */
export function databaseSpan<T>(query: string, mode: "READ" | "WRITE", database: string, work: () => Promise<T>) {
  if (!databaseTracer) return work();
  const attributes = {
    "db.system.name": "neo4j",
    "db.namespace": database,
    "db.operation.name": mode,
    "db.query.summary": query,
  };
  return databaseTracer.startActiveSpan(`neo4j ${query}`, { kind: SPAN_KIND_CLIENT, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: STATUS_ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
