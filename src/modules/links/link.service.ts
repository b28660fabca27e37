import type DataLoader from "dataloader";
import { RELATION_TYPES, RelationType } from "../graph";
import type { LinkSpec } from "./link-fields";
import type { LinkBudget } from "./link.loader";
import type { LinkKey, LinkRecord } from "./link.record";
import { measureResult } from "../../util/measure";
import type { LinkDirection } from "./link-direction.enum";
import { ALL_LINK_FIELDS, type LinkFields } from "./link-selection";

/** Bytes of each list once measured: a hub's list handed out many times is measured once. */
const measuredBytes = new WeakMap<LinkRecord[], number>();

export class LinkService {
  private readonly loader: DataLoader<LinkKey, LinkRecord[], string>;
  private readonly budget: LinkBudget;

  constructor({ linkLoader, budget }: { linkLoader: DataLoader<LinkKey, LinkRecord[], string>; budget: LinkBudget }) {
    this.loader = linkLoader;
    this.budget = budget;
  }

  /**
   * The neighbours of `id` as `spec` says (batched with every other link asked in the same tick, or
   * already primed by the look-ahead), with the stored properties `fields` names (all by default).
   * Every list handed to the response is counted against the request's result budget, cached or
   * not: a fan-out over a small graph reads few rows but repeats them exponentially in the answer.
   */
  async of(id: string, spec: LinkSpec, fields: LinkFields = ALL_LINK_FIELDS): Promise<LinkRecord[]> {
    const { types, direction, label } = spec;
    this.budget.assertOpen();
    const list = await this.loader.load({ id, types, direction, label, fields });
    let bytes = measuredBytes.get(list);
    if (bytes === undefined) {
      bytes = measureResult(list).bytes;
      measuredBytes.set(list, bytes);
    }
    return this.budget.spendCounted(list, list.length, bytes);
  }

  /** Entity.relations: any types (all when none given); the RelationType enum admits only the model's. */
  relations({
    id,
    types,
    direction,
    fields,
  }: {
    id: string;
    types: RelationType[] | null | undefined;
    direction: LinkDirection;
    fields: LinkFields;
  }) {
    const wanted = types && types.length > 0 ? [...new Set(types)] : RELATION_TYPES;
    return this.of(id, { types: wanted, direction, label: null }, fields);
  }
}
