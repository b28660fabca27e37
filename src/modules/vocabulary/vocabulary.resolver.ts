import { Args, Ctx, Query, Resolver } from "type-graphql";
import { fixedListCost } from "../shared";
import type { ContextWith } from "../shared";
import type { VocabularyService } from "./vocabulary.service";
import { MAX_TERMS_PER_CALL, ResolveTermsArgs } from "./resolve-terms.args";
import { TermResolution } from "./term-resolution.type";

/** The services these resolvers call. */
type VocabularyContext = ContextWith<{ vocabulary: VocabularyService }>;

@Resolver()
export class VocabularyResolver {
  @Query(() => [TermResolution], {
    complexity: fixedListCost(MAX_TERMS_PER_CALL),
    description:
      "Resolves free texts (what a person types into a picker) to the entities they name: an id, a name or a synonym, " +
      "compared word for word in any case; otherwise close suggestions. recommendTherapies reads its ailments and conditions the same way.",
  })
  resolveTerms(@Args() args: ResolveTermsArgs, @Ctx() { services }: VocabularyContext) {
    return services.vocabulary.resolve(args);
  }
}
