import type { EntityKind } from "./kinds";

/**
 * The relationship types of the graph, each declared once: which kinds it may join (the table in
 * seed/README.md), the phrases that explain it in words ("A <forward> B" reads along the arrow,
 * "B <backward> A" against it) and which optional properties it carries. The GraphQL enum, the
 * seed validator and loader, the curation `link` mutation and path explanations all read this table;
 * its Cypher takes the type as a parameter (cypher/queries/seed/relate.cypher, curation/link.cypher).
 */
export interface RelationDeclaration {
  readonly from: readonly EntityKind[];
  readonly to: readonly EntityKind[];
  readonly forward: string;
  readonly backward: string;
  /** It may carry an `outcome` (benefit, no-benefit, insufficient). */
  readonly outcome?: boolean;
  /** It may carry a `group` (states of one ailment that exclude each other). */
  readonly group?: boolean;
  /**
   * Typed link fields it adds to the GraphQL types of its ends: `from` on the start kinds' types
   * (the end nodes, OUTGOING), `to` on the end kinds' types (the start nodes, INCOMING). The five
   * kinds' hand-written fields (src/modules/links/link-fields.ts) read several types at once.
   */
  readonly fields?: { readonly from?: LinkFieldDeclaration; readonly to?: LinkFieldDeclaration };
}

interface LinkFieldDeclaration {
  readonly name: string;
  readonly description: string;
}

export const RELATIONS = {
  CAUSED_BY: { from: ["AILMENT"], to: ["CAUSE"], forward: "is caused by", backward: "causes" },
  TREATED_BY: {
    from: ["AILMENT", "CAUSE"],
    to: ["THERAPY"],
    forward: "is treated by",
    backward: "treats",
    outcome: true,
  },
  PREVENTED_BY: {
    from: ["AILMENT"],
    to: ["THERAPY"],
    forward: "is prevented by",
    backward: "helps prevent",
    outcome: true,
  },
  CONTRAINDICATED_BY: {
    from: ["THERAPY"],
    to: ["CONTRAINDICATION"],
    forward: "is contraindicated by",
    backward: "contraindicates",
  },
  LEADS_TO: {
    from: ["AILMENT", "CAUSE"],
    to: ["AILMENT", "CAUSE"],
    forward: "leads to",
    backward: "is brought on by",
  },
  RELATED_TO: { from: ["AILMENT"], to: ["AILMENT"], forward: "is related to", backward: "is related to" },
  DISTINCT_FROM: { from: ["AILMENT"], to: ["AILMENT"], forward: "is distinct from", backward: "is distinct from" },
  // A cause a person may name as a condition (an infection, breast cancer surgery) presents as states too.
  PRESENTS_AS: {
    from: ["AILMENT", "CAUSE"],
    to: ["CONTRAINDICATION"],
    forward: "may present as",
    backward: "is a state of",
    group: true,
  },
  INCLUDES: { from: ["THERAPY"], to: ["THERAPY"], forward: "includes", backward: "is part of" },
  // Warnings follow the person: a state (on chemotherapy, a known clot) carries red flags as an ailment does.
  HAS_RED_FLAG: {
    from: ["AILMENT", "CAUSE", "CONTRAINDICATION"],
    to: ["RED_FLAG"],
    forward: "has the red flag",
    backward: "is a red flag of",
  },
  SUGGESTS: {
    from: ["RED_FLAG"],
    to: ["AILMENT", "CONTRAINDICATION"],
    forward: "may point to",
    backward: "may be signalled by",
  },
} as const satisfies Record<string, RelationDeclaration>;

/** A relationship type: CAUSED_BY, TREATED_BY, ... */
export type RelationType = keyof typeof RELATIONS;

/** Every relationship type, in declaration order (the order of the GraphQL enum and of seed loading). */
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATIONS, value);
}

/** Relationship types that may carry an `outcome` (benefit, no-benefit, insufficient). */
export const OUTCOME_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => (RELATIONS[t] as RelationDeclaration).outcome === true,
);
/** Relationship types that may carry a `group` (states of one ailment that exclude each other). */
export const GROUP_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => (RELATIONS[t] as RelationDeclaration).group === true,
);
