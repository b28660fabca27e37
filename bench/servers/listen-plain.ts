import type { Server } from "node:http";

/**
 * A plain node:http bench server listens with keep-alive (as the load generator's connections
 * expect) and, on SIGTERM or SIGINT, stops taking requests, drops its connections, runs `close`
 * (the database) and exits.
 */
export function listenUntilSignal(
  server: Server,
  at: { port: number; host: string },
  close: () => Promise<void>,
): void {
  server.keepAliveTimeout = 60_000;
  server.listen(at.port, at.host);
  const stop = () => {
    server.close(() => void close().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
