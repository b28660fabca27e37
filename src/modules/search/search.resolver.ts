import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { pagedListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { SpendResult } from "../../graphql/spend-result.middleware";
import { SearchHit } from "./search-hit.type";
import { SearchArgs } from "./search.args";
import { DEFAULT_SEARCH_HITS } from "./search.service";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    // A full-text index query, then the hits.
    complexity: pagedListCost(DEFAULT_SEARCH_HITS, { base: 10 }),
    description: "Full-text search, best first. Any text is safe: it is reduced to plain words, never read as query syntax.",
  })
  @UseMiddleware(SpendResult)
  search(@Args() args: SearchArgs, @Ctx() { services }: Context) {
    return services.search.search(args);
  }
}
