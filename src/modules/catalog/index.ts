/** The catalog module's surface: what other modules (and tests, bench, soak) may import from it. */
export { CatalogResolver } from "./catalog.resolver";
export { CatalogService } from "./catalog.service";
export { decodeCursor, encodeCursor } from "./cursor";
