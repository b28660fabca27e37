import fastifyApollo from "@as-integrations/fastify";
import type { FastifyInstance } from "fastify";
import { authenticate } from "../auth/authenticate";
import { createContext } from "../graphql/context";
import { clientGone } from "./client-gone";
import type { AppParts } from "./app-parts";

/** The GraphQL route (Apollo, started), added in the /graphql scope after its guards (pipeline.ts). */
export async function registerGraphqlRoute(scope: FastifyInstance, { apollo, config, db }: AppParts): Promise<void> {
  await scope.register(fastifyApollo(apollo), {
    path: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    context: async (request, reply) => {
      const { viewer, problem } = await authenticate({
        authorization: request.headers.authorization,
        auth: config.auth,
      });
      return createContext({
        db,
        config,
        viewer,
        authProblem: problem,
        log: request.log,
        graphqlEtag: request.graphqlEtag,
        signal: clientGone(reply),
      });
    },
  });
}
