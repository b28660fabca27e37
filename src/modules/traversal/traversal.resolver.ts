import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver, UseMiddleware } from "type-graphql";
import { neighbourhoodCost, GraphPath, Subgraph } from "../graph";
import { selectedSubgraphFields } from "../links";
import { pagedListCost, perUnit, workThenFixedList, SpendResult } from "../shared";
import type { ContextWith } from "../shared";
import type { RelatedAilmentsService } from "./related-ailments.service";
import type { PathsService } from "./paths.service";
import type { NeighbourhoodService } from "./neighbourhood.service";
import { RelatedAilment } from "./related-ailment.type";
import { TRAVERSAL_LIMITS } from "./traversal-limits";
import { CauseTreatmentPathsArgs, NeighbourhoodArgs, RelatedAilmentsArgs, ShortestPathArgs } from "./traversal.args";

/** The services these resolvers call. */
type TraversalContext = ContextWith<{
  relatedAilments: RelatedAilmentsService;
  paths: PathsService;
  neighbourhoods: NeighbourhoodService;
}>;

/** A path's fields are counted once per path; its nodes and relationships a few times over. */
const NODES_PER_PATH = 5;

/*
 * Database work, in the units of the cost model (a field is 1): each hop a traversal may take
 * widens its search, so a deep path search costs more than a shallow one even for one answer.
 */
const RELATED_WORK = 30;
const PATH_WORK_PER_HOP = 15;

@Resolver()
export class TraversalResolver {
  @Query(() => [RelatedAilment], {
    complexity: pagedListCost(TRAVERSAL_LIMITS.relatedFirst, { base: RELATED_WORK }),
    description:
      "Ailments ranked by explicit links, then shared causes, mechanisms and therapies weighed by how specific " +
      "they are, each with a score and the reasons in words. Stops at a relevance floor: the list can be " +
      "shorter than `first`, or empty.",
  })
  @UseMiddleware(SpendResult)
  relatedAilments(@Args() args: RelatedAilmentsArgs, @Ctx() { services }: TraversalContext) {
    return services.relatedAilments.related(args);
  }

  @Query(() => [GraphPath], {
    complexity: pagedListCost(TRAVERSAL_LIMITS.pathsFirst, {
      weight: NODES_PER_PATH,
      base: perUnit("maxHops", 4, PATH_WORK_PER_HOP),
    }),
    description:
      "Paths from an ailment through its causes (and what brings them on) to therapies that treat them; shortest first.",
  })
  @UseMiddleware(SpendResult)
  causeTreatmentPaths(@Args() args: CauseTreatmentPathsArgs, @Ctx() { services }: TraversalContext) {
    return services.paths.causeTreatmentPaths(args);
  }

  @Query(() => GraphPath, {
    nullable: true,
    complexity: workThenFixedList(perUnit("maxHops", 6, PATH_WORK_PER_HOP), NODES_PER_PATH),
    description: "The shortest path between two entities, ignoring direction; null when there is none within maxHops.",
  })
  @UseMiddleware(SpendResult)
  shortestPath(@Args() args: ShortestPathArgs, @Ctx() { services }: TraversalContext) {
    return services.paths.shortestPath(args);
  }

  @Query(() => Subgraph, {
    // Priced by the relationships it reads (the hubs' degrees), not by its depth alone.
    complexity: neighbourhoodCost(TRAVERSAL_LIMITS.neighbourhoodNodes, TRAVERSAL_LIMITS.depth.default, 50),
    description:
      "The entities and relationships around an entity, capped for drawing (truncated says when the cap cut it).",
  })
  @UseMiddleware(SpendResult)
  neighbourhood(
    @Args() args: NeighbourhoodArgs,
    @Ctx() { services }: TraversalContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Only the stored properties the selection shows (link-selection.ts): the explorer asks for a few.
    return services.neighbourhoods.around(args, selectedSubgraphFields(info));
  }
}
