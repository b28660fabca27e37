import type DataLoader from "dataloader";
import { BadUserInputError } from "../../errors/api-errors";
import { isRelationType, RELATION_TYPES } from "../graph/relation-type";
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

  /** Entity.relations: any types (all when none given), checked against the model. */
  relations({ id, types, direction, brief }: { id: string; types: string[] | null | undefined; direction: LinkDirection; brief: boolean }) {
    const unknown = (types ?? []).filter((t) => !isRelationType(t));
    if (unknown.length > 0) {
      throw new BadUserInputError(`types: unknown relationship type ${unknown.map((t) => JSON.stringify(t)).join(", ")}; use ${RELATION_TYPES.join(", ")}`, {
        argument: "types",
      });
    }
    return this.of(id, { types: types && types.length > 0 ? types : RELATION_TYPES, direction, label: null, brief });
  }
}
