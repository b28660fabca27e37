import type { FastifyError, FastifyInstance } from "fastify";
import { ApiError, BadRequestError } from "../errors/api-errors";
import { sendRefusal } from "./refusal";

const NO_STORE = { "cache-control": "no-store" };

/**
 * Fastify refuses some requests before GraphQL sees them: a body over the size limit (413), a
 * media type it cannot parse (415), JSON that does not parse or an empty JSON body (400). In the
 * /graphql scope those answers get the GraphQL error shape, `{ errors: [{ message, extensions: { code:
 * "BAD_REQUEST" } }] }`, with Fastify's status kept; other routes keep Fastify's own bodies. An
 * ApiError thrown by a hook (the rate limiter's RATE_LIMITED) is answered as it says. Any other
 * error goes on to Fastify's default handling (a 500 is logged there, never detailed to the client).
 */
export function registerClientErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      request.log.debug({ code: error.code }, "request refused");
      return sendRefusal(reply, error, { headers: NO_STORE });
    }
    const status = error.statusCode ?? 500;
    if (status < 400 || status >= 500) return reply.send(error);
    request.log.debug({ code: error.code, status }, "request refused");
    return sendRefusal(reply, new BadRequestError(error.message, status), { status, headers: NO_STORE });
  });
}
