import type { FastifyInstance } from "fastify";
import type { Readiness } from "./readiness";

/**
 * /healthz: the process is up (liveness). /readyz: it should get traffic now (readiness.ts): 200
 * "ready", else 503 with why ("starting", "unavailable", "overloaded", "shutting-down"), within a
 * second whatever Neo4j does; it recovers by itself when Neo4j does.
 */
export function registerHealthRoutes(app: FastifyInstance, readiness: Readiness, database: string): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const status = await readiness.status();
    return reply
      .code(status === "ready" ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ status, database });
  });
}
