import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GraphStats } from "./graph-stats.type";

@Resolver()
export class HealthResolver {
  @Query(() => GraphStats, { description: "Counts of entities, relationships and sources, read from Neo4j." })
  async graphStats(@Ctx() { db }: Context): Promise<GraphStats> {
    const [row] = await db.readRows<{ entities: number; relationships: number; sources: number }>("health/graph-stats");
    return row;
  }
}
