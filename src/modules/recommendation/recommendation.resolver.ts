import { Args, Ctx, Query, Resolver } from "type-graphql";
import { pagedListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { RecommendTherapiesArgs } from "./recommendation.args";
import { Recommendations } from "./recommendation.type";

@Resolver()
export class RecommendationResolver {
  @Query(() => Recommendations, {
    description:
      "Therapies ranked for the given ailments. A therapy an ABSOLUTE GENERAL contraindication among your conditions applies to is never recommended and is listed under excluded; other contraindications are attached as precautions. Not medical advice.",
    // Each item carries up to 5 paths of nodes and sourced relationships; weight 2 counts them beyond a single pass.
    complexity: pagedListCost(10, 2),
  })
  recommendTherapies(@Args() args: RecommendTherapiesArgs, @Ctx() { services }: Context) {
    return services.recommendations.recommend(args);
  }
}
