import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { IncomingMessage } from "node:http";
import { randomUUID } from "node:crypto";

/** A request id a client or proxy sent (X-Request-Id) is kept when it is short and plain; otherwise a new one. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestId(request: IncomingMessage): string {
  const sent = request.headers["x-request-id"];
  return typeof sent === "string" && CLIENT_REQUEST_ID.test(sent) ? sent : randomUUID();
}

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * Fastify's childLoggerFactory: a request's logger that binds its reqId to every line, made only
 * when the request first logs something. A pino child per request costs time at load that most
 * requests never use (at info, only problems are logged); this object costs a few fields.
 */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Record<string, unknown>, options: object, _raw: unknown): FastifyBaseLogger {
  let child: FastifyBaseLogger | undefined;
  const real = () => (child ??= logger.child(bindings, options));
  const lazy = {
    get level() {
      return child?.level ?? logger.level;
    },
    set level(level: string) {
      real().level = level;
    },
    child: (more: Record<string, unknown>, moreOptions?: object) => real().child(more, moreOptions),
  } as FastifyBaseLogger;
  for (const level of LEVELS) {
    if (level === "silent") continue;
    (lazy as unknown as Record<string, unknown>)[level] = (...args: unknown[]) => {
      // Skipped levels never build the child.
      if (!(logger as unknown as { isLevelEnabled(l: string): boolean }).isLevelEnabled(level)) return;
      (real()[level] as (...a: unknown[]) => void)(...args);
    };
  }
  (lazy as unknown as Record<string, unknown>).silent = () => undefined;
  return lazy;
}

/** The response names the request id, so a client can quote it when reporting a problem. */
export function echoRequestId(request: FastifyRequest, reply: { header(name: string, value: string): unknown }): void {
  reply.header("x-request-id", request.id);
}
