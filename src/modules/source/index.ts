/** The source module's surface: what other modules (and tests, bench, soak) may import from it. */
// It exports decorated GraphQL classes, which need the metadata polyfill before they load,
// whichever process (server, seed, a CLI) imports this surface first.
import "reflect-metadata";
export { SOURCE_TYPES } from "./source-types";
export { toSourceRecord } from "./source.record";
export type { SourceRecord } from "./source.record";
export { Source } from "./source.type";
import type DataLoader from "dataloader";
import type { SourceRecord } from "./source.record";

declare module "../shared/loaders" {
  interface Loaders {
    /** Sources by id (graphql/loaders.ts). */
    sourceById: DataLoader<string, SourceRecord | null>;
  }
}
