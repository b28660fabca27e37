import { Args, Ctx, Query, Resolver } from "type-graphql";
import { pagedListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { RecommendTherapiesArgs } from "./recommendation.args";
import { Recommendations } from "./recommendation.type";

@Resolver()
export class RecommendationResolver {
  @Query(() => Recommendations, {
    description:
      "Therapies for the given ailments, red flags first. One meaning for your situation: every ailment and condition you name, in either list. States you may or may not be in are never assumed: they come back as questions, and therapies that depend on them as conditional, until you answer (confirmedStates, ruledOutStates, stages). A therapy a confirmed ABSOLUTE GENERAL state applies to is never recommended. Not medical advice.",
    // Items and conditional items each carry up to 5 paths of nodes and sourced relationships.
    complexity: pagedListCost(10, 4),
  })
  recommendTherapies(@Args() args: RecommendTherapiesArgs, @Ctx() { services }: Context) {
    return services.recommendations.recommend(args);
  }
}
