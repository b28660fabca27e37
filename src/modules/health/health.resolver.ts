import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GraphStats } from "./graph-stats.type";

@Resolver()
export class HealthResolver {
  // Counts read from Neo4j's count store: cheap, but a database call; priced so hundreds of aliases are not free.
  @Query(() => GraphStats, { complexity: 20, description: "Counts of entities, relationships and sources, read from Neo4j." })
  graphStats(@Ctx() { services }: Context): Promise<GraphStats> {
    return services.graphStats.stats();
  }
}
