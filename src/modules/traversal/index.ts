/** The traversal module's surface: what other modules (and tests, bench, soak) may import from it. */
export { NeighbourhoodService } from "./neighbourhood.service";
export { PathsService } from "./paths.service";
export { RelatedAilmentsService, relatedAilmentsParams } from "./related-ailments.service";
export { RELATED_BLIND_PATH, evaluateRelated, loadRelatedSet, renderRelatedReport } from "./related-relevance";
export type { RelatedReport } from "./related-relevance";
export { GENERIC_CAUSES, RELATED_FLOOR, RELATED_MIN_SPECIFICITY, RELATED_WEIGHTS, inSentence } from "./related-score";
export type { Evidence } from "./related-score";
export { TRAVERSAL_LIMITS } from "./traversal-limits";
export { TraversalResolver } from "./traversal.resolver";
