import { EntityKind } from "../entity";
import type { RelationType } from "./relation-type";

const { AILMENT, CAUSE, THERAPY, CONTRAINDICATION, RED_FLAG } = EntityKind;

/**
 * Which kinds each relationship type may join (the table in seed/README.md), as data so the seed
 * validator and the curation `link` mutation apply the same rule.
 */
const ALLOWED_TRIPLES: Record<RelationType, { from: readonly EntityKind[]; to: readonly EntityKind[] }> = {
  CAUSED_BY: { from: [AILMENT], to: [CAUSE] },
  TREATED_BY: { from: [AILMENT, CAUSE], to: [THERAPY] },
  PREVENTED_BY: { from: [AILMENT], to: [THERAPY] },
  CONTRAINDICATED_BY: { from: [THERAPY], to: [CONTRAINDICATION] },
  LEADS_TO: { from: [AILMENT, CAUSE], to: [AILMENT, CAUSE] },
  RELATED_TO: { from: [AILMENT], to: [AILMENT] },
  DISTINCT_FROM: { from: [AILMENT], to: [AILMENT] },
  // A cause a person may name as a condition (an infection, breast cancer surgery) presents as states too.
  PRESENTS_AS: { from: [AILMENT, CAUSE], to: [CONTRAINDICATION] },
  INCLUDES: { from: [THERAPY], to: [THERAPY] },
  // Warnings follow the person: a state (on chemotherapy, a known clot) carries red flags as an ailment does.
  HAS_RED_FLAG: { from: [AILMENT, CAUSE, CONTRAINDICATION], to: [RED_FLAG] },
  SUGGESTS: { from: [RED_FLAG], to: [AILMENT, CONTRAINDICATION] },
};

/** Relationship types that may carry an `outcome` (benefit, no-benefit, insufficient). */
export const OUTCOME_TYPES: readonly RelationType[] = ["TREATED_BY", "PREVENTED_BY"];
/** Relationship types that may carry a `group` (states of one ailment that exclude each other). */
export const GROUP_TYPES: readonly RelationType[] = ["PRESENTS_AS"];

/** True when some kind the start node plays and some kind the end node plays fit the type (one node, many roles). */
export function isAllowedTriple({
  type,
  fromKinds,
  toKinds,
}: {
  type: RelationType;
  fromKinds: readonly EntityKind[];
  toKinds: readonly EntityKind[];
}): boolean {
  const allowed = ALLOWED_TRIPLES[type];
  return fromKinds.some((k) => allowed.from.includes(k)) && toKinds.some((k) => allowed.to.includes(k));
}

/** "ailment or cause -> therapy", for error messages. */
export function describeAllowed(type: RelationType): string {
  const words = (kinds: readonly EntityKind[]) => kinds.map((k) => k.toLowerCase().replace("_", " ")).join(" or ");
  return `${words(ALLOWED_TRIPLES[type].from)} -> ${words(ALLOWED_TRIPLES[type].to)}`;
}
