import { timingSafeEqual, createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ExposureConfig } from "../config/protection-config";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Who may read /metrics on the API's port: with METRICS_TOKEN, a request carrying
 * `Authorization: Bearer <token>` (compared in constant time); without it nobody (the route answers
 * 404, as if it did not exist) unless METRICS_PORT serves the metrics on a port of their own.
 */
export function metricsGuard(exposure: ExposureConfig) {
  const expected = exposure.metricsToken ? digest(exposure.metricsToken) : undefined;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!expected) return reply.code(404).send({ message: "Not found" });
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      return reply
        .code(401)
        .header("www-authenticate", 'Bearer realm="metrics"')
        .send({ message: "A metrics token is needed." });
    }
  };
}
