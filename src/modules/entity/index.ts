/** The entity module's surface: what other modules (and tests, bench, soak) may import from it. */
// It exports decorated GraphQL classes, which need the metadata polyfill before they load,
// whichever process (server, seed, a CLI) imports this surface first.
import "reflect-metadata";
export { ContraindicationScope, ContraindicationSeverity, Pressure, Stage } from "./contraindication-enums";
export { EntityKind, KIND_LABEL, entityTypeName, kindOfLabel } from "./entity-kind.enum";
export { blankEntityRecord, toEntityRecord } from "./entity.record";
export type { EntityRecord, NodeRow } from "./entity.record";
export { Ailment, Cause, Contraindication, Entity, RedFlag, Therapy } from "./entity.type";
export { KIND_TYPES, MODEL_MADE_KINDS } from "./kind-types";
export { Node } from "./node.type";
export { RedFlagUrgency, URGENCY_ORDER } from "./red-flag-urgency.enum";
export { BodyRegion, SITE_REGIONS, pressureRank } from "./technique-enums";
import type DataLoader from "dataloader";
import type { EntityRecord } from "./entity.record";

declare module "../shared/loaders" {
  interface Loaders {
    /** Entities by id (graphql/loaders.ts). */
    entityById: DataLoader<string, EntityRecord | null>;
  }
}
