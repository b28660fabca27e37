import type { FastifyInstance } from "fastify";

/** What the bench's GraphQL servers share: /readyz from a ping, listening, and a clean stop on a signal. */
export async function serveBench(
  app: FastifyInstance,
  at: { port: number; host: string },
  database: { ping: () => Promise<boolean>; close: () => Promise<void> },
): Promise<void> {
  app.get("/readyz", async (_request, reply) => {
    const ok = await database.ping();
    return reply.code(ok ? 200 : 503).send({ status: ok ? "ready" : "unavailable" });
  });
  await app.listen({ port: at.port, host: at.host });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}
