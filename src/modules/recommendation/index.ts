/** The recommendation module's surface: what other modules (and tests, bench, soak) may import from it. */
export { DISCLAIMER } from "./build-recommendations";
export type { RecommendArgs } from "./recommendation-inputs";
export type { RecommendationsRecord } from "./recommendation.record";
export { RecommendationResolver } from "./recommendation.resolver";
export { RecommendationService } from "./recommendation.service";
