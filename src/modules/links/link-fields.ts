import { KIND_LABEL, KINDS, RELATION_TYPES, RELATIONS } from "../../model";
import type { EntityKind, RelationDeclaration, RelationType } from "../../model";
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

/** A link field a relationship type declares in the model (src/model/relations.ts `fields`). */
export interface ModelLinkField extends LinkSpec {
  description: string;
  /** The neighbour's kind when the other end allows one kind only (its typed link), else null (EntityLink). */
  neighbour: EntityKind | null;
}

/** Adds `type`'s declared field on one end's types: the other end's nodes, read along or against the arrow. */
type ModelLinkTable = Record<string, Record<string, ModelLinkField>>;
function addModelFields(table: ModelLinkTable, type: RelationType, end: "from" | "to") {
  const declaration: RelationDeclaration = RELATIONS[type];
  const field = declaration.fields?.[end];
  if (!field) return;
  const others = end === "from" ? declaration.to : declaration.from;
  const neighbour = others.length === 1 ? others[0] : null;
  for (const kind of end === "from" ? declaration.from : declaration.to) {
    const typeName = KINDS[kind].typeName;
    const written = (LINK_FIELDS as Record<string, Record<string, LinkSpec>>)[typeName] ?? {};
    if (Object.hasOwn(written, field.name) || Object.hasOwn(table[typeName] ?? {}, field.name)) {
      throw new Error(`${typeName}.${field.name} is a link field already`);
    }
    const fields = (table[typeName] ??= {});
    fields[field.name] = {
      types: [type],
      direction: end === "from" ? OUTGOING : INCOMING,
      label: neighbour ? KIND_LABEL[neighbour] : null,
      description: field.description,
      neighbour,
    };
  }
}

/** The link fields the model's relationship types declare, by GraphQL type name. */
export const MODEL_LINK_FIELDS: Readonly<Record<string, Readonly<Record<string, ModelLinkField>>>> = (() => {
  const table: Record<string, Record<string, ModelLinkField>> = {};
  for (const type of RELATION_TYPES) for (const end of ["from", "to"] as const) addModelFields(table, type, end);
  return table;
})();

/** The spec of `field` on `typeName`, when it is a typed link field (hand-written or declared in the model). */
export function linkFieldSpec(typeName: string, field: string): LinkSpec | undefined {
  for (const table of [LINK_FIELDS as Record<string, Record<string, LinkSpec>>, MODEL_LINK_FIELDS]) {
    const fields = table[typeName];
    if (fields && Object.hasOwn(fields, field)) return fields[field];
  }
  return undefined;
}
