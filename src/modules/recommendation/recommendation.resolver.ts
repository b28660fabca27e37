import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { recommendationCost } from "../graph";
import type { ContextWith } from "../shared";
import type { RecommendationService } from "./recommendation.service";
import { SpendResult } from "../shared";
import { RecommendTherapiesArgs } from "./recommendation.args";
import { Recommendations } from "./recommendation.type";

/** The services these resolvers call. */
type RecommendationContext = ContextWith<{ recommendations: RecommendationService }>;

@Resolver()
export class RecommendationResolver {
  @Query(() => Recommendations, {
    description:
      "Therapies for the given ailments, red flags first. One meaning for your situation: every ailment and condition you name, in either list. States you may or may not be in are never assumed: they come back as questions, and therapies that depend on them as conditional, until you answer (confirmedStates, ruledOutStates, stages). A therapy a confirmed ABSOLUTE GENERAL state applies to is never recommended. Not medical advice.",
    // Paths are searched per requested ailment; items and conditional items each carry up to 5 paths.
    complexity: recommendationCost,
  })
  @UseMiddleware(SpendResult)
  recommendTherapies(@Args() args: RecommendTherapiesArgs, @Ctx() { services }: RecommendationContext) {
    return services.recommendations.recommend(args);
  }
}
