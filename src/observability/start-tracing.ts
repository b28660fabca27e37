/**
 * Imported first by the server's entry point (before http, Fastify and graphql load), because the
 * instrumentations patch those modules as they are required. Does nothing unless
 * OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { startTracing } from "./tracing";

startTracing();
