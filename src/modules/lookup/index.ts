/** The lookup module's surface: what other modules (and tests, bench, soak) may import from it. */
export { EntityResolver } from "./entity.resolver";
export { EntityService } from "./entity.service";
export { KIND_LOOKUP_RESOLVERS } from "./kind-lookup.resolver";
