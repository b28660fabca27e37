/** The curation module's surface: what other modules (and tests, bench, soak) may import from it. */
export { CurationResolver } from "./curation.resolver";
export { CurationService } from "./curation.service";
export { KIND_CURATION_RESOLVERS } from "./kind-curation.resolver";
