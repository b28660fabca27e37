import { Args, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { searchCost } from "../graph";
import type { ContextWith } from "../shared";
import type { SearchService } from "./search.service";
import { SpendResult } from "../shared";
import { SearchHit } from "./search-hit.type";
import { SearchArgs } from "./search.args";
import { DEFAULT_SEARCH_HITS, SCAN_LIMIT } from "./search.service";

/** The services these resolvers call. */
type SearchContext = ContextWith<{ search: SearchService }>;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    // Two full-text index queries priced by the index hits they read, then the hits.
    complexity: searchCost(SCAN_LIMIT, DEFAULT_SEARCH_HITS),
    description:
      "Full-text search, best first. Any text is safe: it is reduced to plain words, never read as query syntax.",
  })
  @UseMiddleware(SpendResult)
  search(@Args() args: SearchArgs, @Ctx() { services }: SearchContext) {
    return services.search.search(args);
  }
}
