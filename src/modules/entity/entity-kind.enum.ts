import { registerEnumType } from "type-graphql";

export enum EntityKind {
  AILMENT = "AILMENT",
  CAUSE = "CAUSE",
  THERAPY = "THERAPY",
  CONTRAINDICATION = "CONTRAINDICATION",
  /** A sign that needs a medical assessment before any massage. */
  RED_FLAG = "RED_FLAG",
}

registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "What an entity is. One node may play several kinds (stress is a cause and an ailment).",
});

/** Neo4j label of each kind; every entity node also carries the label `Entity`. */
export const KIND_LABEL: Record<EntityKind, string> = {
  [EntityKind.AILMENT]: "Ailment",
  [EntityKind.CAUSE]: "Cause",
  [EntityKind.THERAPY]: "Therapy",
  [EntityKind.CONTRAINDICATION]: "Contraindication",
  [EntityKind.RED_FLAG]: "RedFlag",
};

const LABEL_KIND = new Map(Object.entries(KIND_LABEL).map(([kind, label]) => [label, kind as EntityKind]));

export function kindOfLabel(label: string): EntityKind | undefined {
  return LABEL_KIND.get(label);
}

/**
 * GraphQL object type of each primary kind. `Cause` is an interface: pure causes are
 * ContributingFactor, and an ailment that also causes others stays an Ailment (entityTypeName).
 */
const KIND_TYPE_NAME: Record<EntityKind, string> = {
  [EntityKind.AILMENT]: "Ailment",
  [EntityKind.CAUSE]: "ContributingFactor",
  [EntityKind.THERAPY]: "Therapy",
  [EntityKind.CONTRAINDICATION]: "Contraindication",
  [EntityKind.RED_FLAG]: "RedFlag",
};

/**
 * The one GraphQL type of an entity, whichever field returns it, so a client caches it once:
 * a node that plays the ailment role is an Ailment (its cause role is the Cause interface).
 */
export function entityTypeName({ kind, roles }: { kind: EntityKind; roles: readonly EntityKind[] }): string {
  return roles.includes(EntityKind.AILMENT) ? KIND_TYPE_NAME[EntityKind.AILMENT] : KIND_TYPE_NAME[kind];
}
