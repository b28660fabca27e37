import { Ctx, Query, Resolver } from "type-graphql";
import type { ContextWith } from "../shared";
import type { GraphStatsService } from "./graph-stats.service";
import { GraphStats } from "./graph-stats.type";

/** The services these resolvers call. */
type HealthContext = ContextWith<{ graphStats: GraphStatsService }>;

@Resolver()
export class HealthResolver {
  // Counts read from Neo4j's count store: cheap, but a database call; priced so hundreds of aliases are not free.
  @Query(() => GraphStats, {
    complexity: 20,
    description: "Counts of entities, relationships and sources, read from Neo4j.",
  })
  graphStats(@Ctx() { services }: HealthContext): Promise<GraphStats> {
    return services.graphStats.stats();
  }
}
