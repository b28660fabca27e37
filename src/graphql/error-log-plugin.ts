import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyBaseLogger } from "fastify";
import { isUnexpectedError } from "./format-error";

/**
 * Logs the errors formatError masks as INTERNAL_SERVER_ERROR, through the request's own logger
 * (its reqId on the line), with the original error: the client sees none of it.
 */
export function errorLogPlugin(fallback: FastifyBaseLogger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const log = (contextValue as { log?: FastifyBaseLogger }).log ?? fallback;
          for (const error of errors) {
            if (!isUnexpectedError(error.extensions?.code, error)) continue;
            log.error({ err: error.originalError ?? error, path: error.path }, "unexpected error");
          }
        },
      };
    },
  };
}
