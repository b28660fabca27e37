/** The search module's surface: what other modules (and tests, bench, soak) may import from it. */
export { SEARCH_BLIND_PATH, evaluateSearch, loadRelevanceSet, renderReport } from "./search-relevance";
export type { RelevanceReport } from "./search-relevance";
export { luceneQuery, searchTerms } from "./search-terms";
export { SearchResolver } from "./search.resolver";
export { SearchService } from "./search.service";
