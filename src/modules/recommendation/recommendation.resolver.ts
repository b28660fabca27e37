import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { recommendationCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { SpendResult } from "../../graphql/spend-result.middleware";
import { RecommendTherapiesArgs } from "./recommendation.args";
import { Recommendations } from "./recommendation.type";

@Resolver()
export class RecommendationResolver {
  @Query(() => Recommendations, {
    description:
      "Therapies ranked for the given ailments. A therapy an ABSOLUTE GENERAL contraindication among your conditions applies to is never recommended and is listed under excluded; other contraindications are attached as precautions. Not medical advice.",
    // Paths are searched per requested ailment; each item carries up to 5 paths of nodes and sourced relationships.
    complexity: recommendationCost,
  })
  @UseMiddleware(SpendResult)
  recommendTherapies(@Args() args: RecommendTherapiesArgs, @Ctx() { services }: Context) {
    return services.recommendations.recommend(args);
  }
}
