import type DataLoader from "dataloader";
import { RELATION_TYPES, RelationType } from "../graph/relation-type";
import type { GraphQLResolveInfo } from "graphql";
import { neighbourIsBrief } from "./brief-neighbour";
import type { LinkRequest, LinkSpec } from "./link-fields";
import type { LinkBudget } from "./link.loader";
import type { LinkKey, LinkRecord } from "./link.record";
import { measureResult } from "../../util/measure";
import type { LinkDirection } from "./link-direction.enum";

/** Bytes of each list once measured: a hub's list handed out many times is measured once. */
const measuredBytes = new WeakMap<LinkRecord[], number>();

export class LinkService {
  private readonly loader: DataLoader<LinkKey, LinkRecord[], string>;
  private readonly budget: LinkBudget;
  private readonly lookAhead: boolean;

  constructor({
    linkLoader,
    budget,
    lookAhead,
  }: {
    linkLoader: DataLoader<LinkKey, LinkRecord[], string>;
    budget: LinkBudget;
    lookAhead: boolean;
  }) {
    this.loader = linkLoader;
    this.budget = budget;
    this.lookAhead = lookAhead;
  }

  /** A link field's list: brief neighbours when the field's selection needs no more (and LOOK_AHEAD is on). */
  forField(id: string, spec: LinkSpec, info: GraphQLResolveInfo): Promise<LinkRecord[]> {
    return this.of(id, { ...spec, brief: this.briefFor(info) });
  }

  /** True when the neighbours of this link field may be read without their other properties. */
  briefFor(info: GraphQLResolveInfo): boolean {
    return this.lookAhead && neighbourIsBrief(info.fieldNodes, info);
  }

  /**
   * The neighbours of `id` as `request` says (batched with every other link asked in the same tick).
   * Every list handed to the response is counted against the request's result budget, cached or
   * not: a fan-out over a small graph reads few rows but repeats them exponentially in the answer.
   */
  async of(id: string, { types, direction, label, brief }: LinkRequest): Promise<LinkRecord[]> {
    this.budget.assertOpen();
    const list = await this.loader.load({ id, types, direction, label, brief });
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
    brief,
  }: {
    id: string;
    types: RelationType[] | null | undefined;
    direction: LinkDirection;
    brief: boolean;
  }) {
    return this.of(id, {
      types: types && types.length > 0 ? [...new Set(types)] : RELATION_TYPES,
      direction,
      label: null,
      brief,
    });
  }
}
