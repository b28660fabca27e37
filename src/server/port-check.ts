import { createServer } from "node:net";

/**
 * Throws when nothing can listen on host:port now (taken by another process, or not allowed), so
 * `npm start` refuses in one line before it starts or waits for Neo4j, instead of failing with a
 * stack trace once Neo4j is up. Port 0 (any free port) always passes.
 */
export async function assertCanListen(name: string, host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      const why =
        error.code === "EADDRINUSE"
          ? "is already in use by another process; stop it or choose another port"
          : `cannot be listened on (${error.code ?? error.message})`;
      reject(new PortUnavailableError(`${name} ${port} on ${host} ${why}.`));
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export class PortUnavailableError extends Error {
  override name = "PortUnavailableError";
}
