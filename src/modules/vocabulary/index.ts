/** The vocabulary module's surface: what other modules (and tests, bench, soak) may import from it. */
export { resolveTerms } from "./resolve-terms";
export type { RunQuery } from "./resolve-terms";
export { termLookup } from "./term-match";
export type { TermLookup, TermResolutionRecord } from "./term-match";
export { VocabularyResolver } from "./vocabulary.resolver";
export { VocabularyService } from "./vocabulary.service";
