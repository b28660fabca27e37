import { RELATIONS } from "../../model";
import type { EntityKind, RelationType } from "../../model";

export { OUTCOME_TYPES } from "../../model";

/**
 * True when some kind the start node plays and some kind the end node plays fit the type (one node,
 * many roles). The allowed ends are the model's (src/model/relations.ts), so the seed validator and
 * the curation `link` mutation apply the same rule.
 */
export function isAllowedTriple({
  type,
  fromKinds,
  toKinds,
}: {
  type: RelationType;
  fromKinds: readonly EntityKind[];
  toKinds: readonly EntityKind[];
}): boolean {
  const allowed: { from: readonly EntityKind[]; to: readonly EntityKind[] } = RELATIONS[type];
  return fromKinds.some((k) => allowed.from.includes(k)) && toKinds.some((k) => allowed.to.includes(k));
}

/** "ailment or cause -> therapy", for error messages. */
export function describeAllowed(type: RelationType): string {
  const words = (kinds: readonly EntityKind[]) => kinds.map((k) => k.toLowerCase().replace("_", " ")).join(" or ");
  return `${words(RELATIONS[type].from)} -> ${words(RELATIONS[type].to)}`;
}
