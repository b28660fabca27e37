import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GraphStats } from "./graph-stats.type";

@Resolver()
export class HealthResolver {
  @Query(() => GraphStats, { description: "Counts of entities, relationships and sources, read from Neo4j." })
  graphStats(@Ctx() { services }: Context): Promise<GraphStats> {
    return services.graphStats.stats();
  }
}
