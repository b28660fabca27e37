import { RELATION_TYPES, RELATIONS } from "../../model";
import type { EntityKind, RelationDeclaration, RelationType } from "../../model";

/** Relationship types that may carry an `outcome` (benefit, no-benefit, insufficient). */
export const OUTCOME_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => (RELATIONS[t] as RelationDeclaration).outcome === true,
);
/** Relationship types that may carry a `group` (states of one ailment that exclude each other). */
export const GROUP_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => (RELATIONS[t] as RelationDeclaration).group === true,
);

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
