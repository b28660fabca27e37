/** The links module's surface: what other modules (and tests, bench, soak) may import from it. */
export { EntityLinksResolver } from "./entity-links.resolver";
export { KIND_LINKS_RESOLVERS } from "./kind-links.resolver";
export { LinkDirection } from "./link-direction.enum";
export { LINK_FIELDS } from "./link-fields";
export type { LinkSpec } from "./link-fields";
export {
  ALL_LINK_FIELDS,
  selectedConnectionNodeFields,
  selectedLinkFields,
  selectedSubgraphFields,
} from "./link-selection";
export { createLinkLoader, linkKeyParams, linkRecordsByKey } from "./link.loader";
export type { LinkBudget } from "./link.loader";
export { helps, nodePropsToRead, toReadEntity } from "./link.record";
export type { LinkFields, LinkKey, LinkRecord, LinkRow, NodeProperty, RelationProperty } from "./link.record";
export { LinkService } from "./link.service";
export { lookUpEntity, plannedLinkReads } from "./look-ahead";
export type { PlannedLink } from "./look-ahead";
import type DataLoader from "dataloader";
import type { LinkKey, LinkRecord } from "./link.record";

declare module "../shared/loaders" {
  interface Loaders {
    /** Neighbours keyed by (id, relationship types, direction, neighbour label): one query per tick. */
    links: DataLoader<LinkKey, LinkRecord[], string>;
  }
}
