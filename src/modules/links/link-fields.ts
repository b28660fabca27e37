import { LinkDirection } from "./link-direction.enum";
import type { LinkKey } from "./link.record";

/** What a typed link field reads: its relationship types, direction and neighbour label. */
export type LinkSpec = Omit<LinkKey, "id" | "fields">;

const { OUTGOING, INCOMING, BOTH } = LinkDirection;

/** The link fields of the Cause interface, which Ailment and ContributingFactor both implement. */
const CAUSE_LINKS = {
  ailments: { types: ["CAUSED_BY"], direction: INCOMING, label: "Ailment" },
  therapies: { types: ["TREATED_BY"], direction: OUTGOING, label: "Therapy" },
} as const satisfies Record<string, LinkSpec>;

/**
 * The typed link fields of each entity type. Their resolvers (kind-links.resolver.ts), the cost
 * estimate and the look-ahead (look-ahead.ts) all read this table, so the look-ahead primes the
 * link loader with the very keys the resolvers then load.
 */
export const LINK_FIELDS = {
  Ailment: {
    ...CAUSE_LINKS,
    causes: { types: ["CAUSED_BY"], direction: OUTGOING, label: "Cause" },
    preventedBy: { types: ["PREVENTED_BY"], direction: OUTGOING, label: "Therapy" },
    relatedAilments: { types: ["RELATED_TO", "DISTINCT_FROM", "LEADS_TO"], direction: BOTH, label: "Ailment" },
    contraindicationStates: { types: ["PRESENTS_AS"], direction: OUTGOING, label: "Contraindication" },
    redFlags: { types: ["HAS_RED_FLAG"], direction: OUTGOING, label: "RedFlag" },
    notSupported: { types: ["TREATED_BY", "PREVENTED_BY"], direction: OUTGOING, label: "Therapy" },
  },
  Cause: CAUSE_LINKS,
  ContributingFactor: CAUSE_LINKS,
  Therapy: {
    treats: { types: ["TREATED_BY"], direction: INCOMING, label: null },
    contraindications: { types: ["CONTRAINDICATED_BY"], direction: OUTGOING, label: "Contraindication" },
  },
  Contraindication: {
    therapies: { types: ["CONTRAINDICATED_BY"], direction: INCOMING, label: "Therapy" },
    redFlags: { types: ["HAS_RED_FLAG"], direction: OUTGOING, label: "RedFlag" },
  },
  RedFlag: {
    ailments: { types: ["HAS_RED_FLAG"], direction: INCOMING, label: "Ailment" },
    states: { types: ["HAS_RED_FLAG"], direction: INCOMING, label: "Contraindication" },
    suggests: { types: ["SUGGESTS"], direction: OUTGOING, label: null },
  },
} as const satisfies Record<string, Record<string, LinkSpec>>;

/** The spec of `field` on `typeName`, when it is a typed link field. */
export function linkFieldSpec(typeName: string, field: string): LinkSpec | undefined {
  const fields = (LINK_FIELDS as Record<string, Record<string, LinkSpec>>)[typeName];
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
