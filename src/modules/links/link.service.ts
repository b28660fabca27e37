import type DataLoader from "dataloader";
import { RELATION_TYPES, RelationType } from "../graph";
import type { LinkSpec } from "./link-fields";
import type { LinkBudget } from "./link.loader";
import type { LinkKey, LinkRecord } from "./link.record";
import { measureResult } from "../../util/measure";
import type { LinkDirection } from "./link-direction.enum";

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
   * already primed by the look-ahead).
   * Every list handed to the response is counted against the request's result budget, cached or
   * not: a fan-out over a small graph reads few rows but repeats them exponentially in the answer.
   */
  async of(id: string, { types, direction, label }: LinkSpec): Promise<LinkRecord[]> {
    this.budget.assertOpen();
    const list = await this.loader.load({ id, types, direction, label });
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
  }: {
    id: string;
    types: RelationType[] | null | undefined;
    direction: LinkDirection;
  }) {
    return this.of(id, {
      types: types && types.length > 0 ? [...new Set(types)] : RELATION_TYPES,
      direction,
      label: null,
    });
  }
}
