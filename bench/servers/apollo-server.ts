import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import Fastify from "fastify";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Context, createContext } from "../../src/graphql/context";
import { projectRoot } from "../../src/util/project-root";
import { apolloResolvers } from "./apollo-resolvers";
import { serveBench } from "./serve";
import { serverEnv } from "./server-env";

/**
 * The second peer: the API's own schema (schema/schema.graphql) with plain Apollo resolvers over
 * the API's services, on the same Apollo Server 5 + Fastify 5 stack with cache control off, as
 * the API runs it. Against the API it prices TypeGraphQL and the API's protection layer (document
 * checks, cost model, result-budget middleware, admission, headers, CORS, metrics).
 */
async function main(): Promise<void> {
  const env = serverEnv();
  const db = env.connect();
  const typeDefs = readFileSync(join(projectRoot(), "schema", "schema.graphql"), "utf8");
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: apolloResolvers as never,
    csrfPrevention: false,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    method: ["GET", "POST"],
    context: async () => createContext({ db, config: env.config, viewer: null }),
  });
  await serveBench(app, env, { ping: () => db.ping(), close: () => db.close() });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
