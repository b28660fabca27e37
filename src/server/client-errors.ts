import type { FastifyError, FastifyInstance } from "fastify";
import { BadRequestError } from "../errors/api-errors";

/**
 * Fastify refuses some requests before GraphQL sees them: a body over the size limit (413), a
 * media type it cannot parse (415), JSON that does not parse or an empty JSON body (400). On
 * /graphql those answers get the GraphQL error shape, `{ errors: [{ message, extensions: { code:
 * "BAD_REQUEST" } }] }`, with Fastify's status kept; other routes keep Fastify's own bodies. Any
 * other error goes on to Fastify's default handling (a 500 is logged there, never detailed to the client).
 */
export function registerClientErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 400 || status >= 500 || request.url.split("?")[0] !== "/graphql") {
      return reply.send(error);
    }
    request.log.debug({ code: error.code, status }, "request refused");
    const refused = new BadRequestError(error.message, status);
    return reply
      .code(refused.status)
      .header("cache-control", "no-store")
      .send({ errors: [{ message: refused.message, extensions: { ...refused.extensions } }] });
  });
}
