import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database";

/** /healthz: the process is up. /readyz: Neo4j answers now (checked on every call, so it recovers by itself). */
export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const ready = await db.ping(1_500);
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "unavailable", database: db.name });
  });
}
