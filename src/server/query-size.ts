import type { FastifyInstance } from "fastify";
import { QueryTooComplexError } from "../errors/api-errors";
import { sendRefusal } from "./refusal";

/**
 * Refuses a GraphQL query text longer than MAX_QUERY_LENGTH before Apollo parses it: 400 with
 * QUERY_TOO_COMPLEX. (Tokens, depth, aliases and directives are counted later, see
 * graphql/document-rules.ts; the body as a whole is capped by Fastify's bodyLimit.)
 */
export function registerQuerySizeLimit(scope: FastifyInstance, maxQueryLength: number): void {
  scope.addHook("preHandler", async (request, reply) => {
    const fromBody = (request.body as { query?: unknown } | undefined)?.query;
    const fromUrl = (request.query as { query?: unknown } | undefined)?.query;
    const query = typeof fromBody === "string" ? fromBody : typeof fromUrl === "string" ? fromUrl : "";
    if (query.length <= maxQueryLength) return;
    const message = `The query text is ${query.length} characters long; the limit is ${maxQueryLength}.`;
    return sendRefusal(reply, new QueryTooComplexError(message, { length: query.length, maxQueryLength }));
  });
}
