import type { FastifyInstance } from "fastify";
import type { AdmissionGate } from "./admission";

/**
 * What `app.close()` does (start.ts calls it on SIGTERM and SIGINT): stop listening at once,
 * answer the GraphQL requests still waiting for a slot with 503 SERVICE_OVERLOADED + Retry-After
 * (admission.ts), let the running ones finish for up to `graceMs`, then cut what is left; Apollo
 * stops only once no request runs, and the caller closes Neo4j after that.
 *
 * Apollo's own shutdown is not used: its signal handler and @as-integrations/fastify's drain plugin
 * cut every connection still open 10 s after SIGTERM (a fixed timer in the plugin's drainServer),
 * whatever the request was doing. Responses sent while closing carry `Connection: close`, so a
 * kept-alive client connection ends with its last answer instead of holding the close open.
 */
export function registerGracefulClose(
  app: FastifyInstance,
  { gate, apollo, graceMs }: { gate: AdmissionGate; apollo: { stop(): Promise<void> }; graceMs: number },
): void {
  let closing = false;
  let cutTimer: NodeJS.Timeout | undefined;
  app.addHook("preClose", async () => {
    closing = true;
    gate.close();
    if (gate.active > 0) app.log.info({ running: gate.active, graceMs }, "draining running requests");
    cutTimer = setTimeout(() => {
      app.log.warn({ running: gate.active, graceMs }, "shutdown grace period over: closing the connections left");
      app.server.closeAllConnections();
    }, graceMs);
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  // onClose hooks run once the HTTP server has closed, that is once every connection has ended.
  app.addHook("onClose", async () => {
    clearTimeout(cutTimer);
    await apollo.stop();
  });
}
