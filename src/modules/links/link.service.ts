import type DataLoader from "dataloader";
import { RELATION_TYPES, RelationType } from "../graph/relation-type";
import type { LinkRequest } from "./link-fields";
import type { LinkKey, LinkRecord } from "./link.record";
import type { LinkDirection } from "./link-direction.enum";

export class LinkService {
  private readonly loader: DataLoader<LinkKey, LinkRecord[], string>;

  constructor({ linkLoader }: { linkLoader: DataLoader<LinkKey, LinkRecord[], string> }) {
    this.loader = linkLoader;
  }

  /** The neighbours of `id` as `request` says (batched with every other link asked in the same tick). */
  of(id: string, { types, direction, label, brief }: LinkRequest) {
    return this.loader.load({ id, types, direction, label, brief });
  }

  /** Entity.relations: any types (all when none given); the RelationType enum admits only the model's. */
  relations({ id, types, direction, brief }: { id: string; types: RelationType[] | null | undefined; direction: LinkDirection; brief: boolean }) {
    return this.of(id, { types: types && types.length > 0 ? [...new Set(types)] : RELATION_TYPES, direction, label: null, brief });
  }
}
