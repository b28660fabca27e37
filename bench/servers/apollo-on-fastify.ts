import { ApolloServer, type ApolloServerOptionsWithStaticSchema, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { FastifyInstance } from "fastify";

/**
 * Apollo Server 5 at /graphql (GET and POST) on a Fastify app, as the peers of the API run it:
 * cache control off (no field sends cache hints) and no CSRF prevention (the load is no browser).
 */
export async function registerApollo<C extends BaseContext>(
  app: FastifyInstance,
  schema: Omit<ApolloServerOptionsWithStaticSchema<C>, "plugins" | "csrfPrevention">,
  context: () => Promise<C>,
): Promise<void> {
  const apollo = new ApolloServer<C>({
    ...schema,
    csrfPrevention: false,
    plugins: [fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControlDisabled()],
  } as ApolloServerOptionsWithStaticSchema<C>);
  await apollo.start();
  await app.register(fastifyApollo(apollo), { path: "/graphql", method: ["GET", "POST"], context });
}
