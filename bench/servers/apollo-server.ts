import "reflect-metadata";
import Fastify from "fastify";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Context, createContext } from "../../src/graphql";
import { projectRoot } from "../../src/util";
import { apolloResolvers } from "./apollo-resolvers";
import { registerApollo } from "./apollo-on-fastify";
import { serveBench } from "./serve";
import { serverEnv } from "./server-env";
import { runMain } from "../harness/run-main";

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
  await registerApollo<Context>(app, { typeDefs, resolvers: apolloResolvers as never }, async () =>
    createContext({ db, config: env.config, viewer: null }),
  );
  await serveBench(app, env, { ping: () => db.ping(), close: () => db.close() });
}

runMain(main);
