import { Args, Ctx, Query, Resolver } from "type-graphql";
import { fixedListCost, pagedListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { GraphPath, Subgraph } from "../graph/graph-path.type";
import { RelatedAilment } from "./related-ailment.type";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import { CauseTreatmentPathsArgs, NeighbourhoodArgs, RelatedAilmentsArgs, ShortestPathArgs } from "./traversal.args";

/** A path's fields are counted once per path; its nodes and relationships a few times over. */
const NODES_PER_PATH = 5;

@Resolver()
export class TraversalResolver {
  @Query(() => [RelatedAilment], {
    complexity: pagedListCost(TRAVERSAL_LIMITS.relatedFirst),
    description: "Ailments ranked by explicit links, shared causes and shared therapies, each with a score and the reasons in words.",
  })
  relatedAilments(@Args() args: RelatedAilmentsArgs, @Ctx() { services }: Context) {
    return services.relatedAilments.related(args);
  }

  @Query(() => [GraphPath], {
    complexity: pagedListCost(TRAVERSAL_LIMITS.pathsFirst, NODES_PER_PATH),
    description: "Paths from an ailment through its causes (and what brings them on) to therapies that treat them; shortest first.",
  })
  causeTreatmentPaths(@Args() args: CauseTreatmentPathsArgs, @Ctx() { services }: Context) {
    return services.paths.causeTreatmentPaths(args);
  }

  @Query(() => GraphPath, {
    nullable: true,
    complexity: fixedListCost(NODES_PER_PATH),
    description: "The shortest path between two entities, ignoring direction; null when there is none within maxHops.",
  })
  shortestPath(@Args() args: ShortestPathArgs, @Ctx() { services }: Context) {
    return services.paths.shortestPath(args);
  }

  @Query(() => Subgraph, {
    complexity: fixedListCost(50),
    description: "The entities and relationships around an entity, capped for drawing (truncated says when the cap cut it).",
  })
  neighbourhood(@Args() args: NeighbourhoodArgs, @Ctx() { services }: Context) {
    return services.neighbourhoods.around(args);
  }
}
