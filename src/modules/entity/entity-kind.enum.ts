import { registerEnumType } from "type-graphql";
import { ENTITY_KINDS, KINDS, sealModel } from "../../model";
import type { EntityKind as Kind } from "../../model";

// The enum is built now: an extension of the model after this would not be in it.
sealModel();

/** The GraphQL enum EntityKind, built from the model (src/model/kinds.ts): a new kind there is a new value here. */
export const EntityKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, kind])) as { readonly [K in Kind]: K };
export type EntityKind = Kind;

registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "What an entity is. One node may play several kinds (stress is a cause and an ailment).",
});

export { KIND_LABEL, kindOfLabel } from "../../model";

/**
 * The one GraphQL type of an entity, whichever field returns it, so a client caches it once:
 * a node that plays the ailment role is an Ailment (its cause role is the Cause interface).
 */
export function entityTypeName({ kind, roles }: { kind: EntityKind; roles: readonly EntityKind[] }): string {
  return roles.includes(EntityKind.AILMENT) ? KINDS.AILMENT.typeName : KINDS[kind].typeName;
}
