import type { FastifyReply } from "fastify";
import { ApiError, errorJson, httpOf } from "../errors/api-errors";

/**
 * Answers a request a protection refuses before GraphQL runs, in the GraphQL error shape
 * `{ errors: [{ message, extensions: { code, ... } }] }`: the status and headers the error asks
 * for (`extensions.http`; 400 when it names none), then `headers`.
 */
export function sendRefusal(
  reply: FastifyReply,
  error: ApiError,
  { status, headers = {} }: { status?: number; headers?: Record<string, string> } = {},
): FastifyReply {
  const http = httpOf(error);
  reply.code(status ?? http.status ?? 400);
  for (const [name, value] of [...(http.headers ?? []), ...Object.entries(headers)]) reply.header(name, value);
  return reply.send({ errors: [errorJson(error)] });
}
