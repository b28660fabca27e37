import { createServer } from "node:http";
import type { FastifyInstance } from "fastify";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { ExposureConfig } from "../config/protection-config";
import { metricsGuard } from "./metrics-access";

const DURATION = "http_request_duration_seconds";

/**
 * Each app gets its own registry, so tests can build several: process metrics and one histogram of
 * request durations by route and status (registerMetrics times the requests); others add theirs.
 */
export function metricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Histogram({
    name: DURATION,
    help: "HTTP request duration by route and status code",
    labelNames: ["method", "route", "status"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return registry;
}

/**
 * GET /metrics in the Prometheus text format, and every request timed in the registry's
 * histogram. Not public: see metrics-access.ts (a bearer token on the API's port) or METRICS_PORT
 * (a port of its own, on METRICS_HOST, loopback by default).
 */
export function registerMetrics(app: FastifyInstance, registry: Registry, exposure: ExposureConfig): void {
  const duration = registry.getSingleMetric(DURATION) as Histogram;
  app.addHook("onResponse", async (request, reply) => {
    // routeOptions.url is the route pattern, so unknown paths cannot blow up the label set.
    const route = request.routeOptions.url ?? "unmatched";
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { onRequest: metricsGuard(exposure) }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
  if (exposure.metricsPort !== undefined) serveOnOwnPort(app, registry, exposure.metricsPort, exposure.metricsHost);
}

function serveOnOwnPort(app: FastifyInstance, registry: Registry, port: number, host: string): void {
  const server = createServer((request, response) => {
    if (request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  app.addHook(
    "onReady",
    () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, host, () => resolve())),
  );
  app.addHook("onClose", () => new Promise<void>((resolve) => server.close(() => resolve())));
}
