/** The relationship types of the model, with the phrases used to explain paths in words. */
export const RELATION_TYPES = [
  "CAUSED_BY",
  "TREATED_BY",
  "PREVENTED_BY",
  "CONTRAINDICATED_BY",
  "LEADS_TO",
  "RELATED_TO",
  "DISTINCT_FROM",
  "PRESENTS_AS",
  "INCLUDES",
  "HAS_RED_FLAG",
  "SUGGESTS",
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** "A <forward> B" reads along the arrow; "B <backward> A" reads against it. */
export const RELATION_PHRASES: Record<RelationType, { forward: string; backward: string }> = {
  CAUSED_BY: { forward: "is caused by", backward: "causes" },
  TREATED_BY: { forward: "is treated by", backward: "treats" },
  PREVENTED_BY: { forward: "is prevented by", backward: "helps prevent" },
  CONTRAINDICATED_BY: { forward: "is contraindicated by", backward: "contraindicates" },
  LEADS_TO: { forward: "leads to", backward: "is brought on by" },
  RELATED_TO: { forward: "is related to", backward: "is related to" },
  DISTINCT_FROM: { forward: "is distinct from", backward: "is distinct from" },
  PRESENTS_AS: { forward: "may present as", backward: "is a state of" },
  INCLUDES: { forward: "includes", backward: "is part of" },
  HAS_RED_FLAG: { forward: "has the red flag", backward: "is a red flag of" },
  SUGGESTS: { forward: "may point to", backward: "may be signalled by" },
};
