import { ClassType, ObjectType } from "type-graphql";
import { ENTITY_KINDS, KINDS } from "../../model";
import type { EntityKind, KindDeclaration } from "../../model";
import { Ailment, Contraindication, ContributingFactor, Entity, RedFlag, Therapy } from "./entity.type";
import { Node } from "./node.type";

/** The kinds whose GraphQL types are written by hand, for their own fields (entity.type.ts). */
const WRITTEN: Readonly<Record<string, ClassType>> = {
  AILMENT: Ailment,
  CAUSE: ContributingFactor,
  THERAPY: Therapy,
  CONTRAINDICATION: Contraindication,
  RED_FLAG: RedFlag,
};

/**
 * Kinds of the model without hand-written classes: the API makes their GraphQL surface from the
 * model alone (this type, a link type, a lookup field, an upsert mutation), so adding such a kind
 * is a declaration in src/model and its seed file.
 */
export const MODEL_MADE_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((kind) => !Object.hasOwn(WRITTEN, kind));

/** An object type with the fields every entity has, named and described by the model. */
function madeType(kind: EntityKind): ClassType {
  const { typeName, description } = KINDS[kind] as KindDeclaration;
  const type = class extends Entity {};
  Object.defineProperty(type, "name", { value: typeName });
  ObjectType(typeName, { implements: [Node, Entity], description })(type);
  return type;
}

/** The GraphQL object type of each kind's entities (the schema's orphaned types: reached through Entity). */
export const KIND_TYPES = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, WRITTEN[kind] ?? madeType(kind)]),
) as Readonly<Record<EntityKind, ClassType>>;
