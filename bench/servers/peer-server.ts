import { Neo4jGraphQL } from "@neo4j/graphql";
import Fastify from "fastify";
import { registerApollo } from "./apollo-on-fastify";
import { peerTypeDefs } from "./peer-type-defs";
import { serveBench } from "./serve";
import { serverEnv } from "./server-env";
import { runMain } from "../harness/run-main";

interface PeerContext {
  sessionConfig: { database: string };
}

/**
 * The peer: @neo4j/graphql over the same Neo4j, served by the same HTTP stack as the API (Apollo
 * Server 5 on Fastify 5), so the comparison is between the GraphQL layers, not the web servers.
 * Set up as its documentation recommends for production: deprecated fields not generated (a
 * smaller schema, see its Optimization page) and, as the API does, Apollo's cache-control plugin
 * off (no field sends cache hints, and the plugin would still visit every resolved field).
 */
async function main(): Promise<void> {
  const env = serverEnv();
  const driver = env.driver();
  const schema = await new Neo4jGraphQL({
    typeDefs: peerTypeDefs,
    driver,
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();
  const app = Fastify({ logger: false });
  await registerApollo<PeerContext>(app, { schema }, async () => ({ sessionConfig: { database: env.database } }));
  const ping = () =>
    driver.verifyConnectivity({ database: env.database }).then(
      () => true,
      () => false,
    );
  await serveBench(app, env, { ping, close: () => driver.close() });
}

runMain(main);
