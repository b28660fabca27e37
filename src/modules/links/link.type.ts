import { ClassType, Field, ID, ObjectType } from "type-graphql";
import { ENTITY_KINDS, KINDS, seedKey } from "../../model";
import type { EntityKind } from "../../model";
import { Ailment, Cause, Contraindication, Entity, KIND_TYPES, RedFlag, Therapy } from "../entity";
import { Relation } from "../graph";
import { LinkDirection } from "./link-direction.enum";

/*
 * A link is a neighbour plus the relationship that joins it (note, evidence, stage, sources).
 * Every link record holds the neighbour under `entity`; typed links show it under a typed name
 * (`cause`, `therapy`...) so nested selections need no inline fragments. Its id is the entity
 * asking plus the relation's id, because one relation is seen from both of its ends.
 */

const LINK_ID = "`<asking entity id>/<relation id>`: one relation seen from one of its ends.";

@ObjectType({ description: "A neighbouring entity of any kind and the relationship that joins it." })
export class EntityLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Relation)
  relation!: Relation;

  @Field(() => LinkDirection, { description: "OUTGOING when the stored arrow leaves the entity asking." })
  direction!: LinkDirection;
}

@ObjectType({ description: "An ailment linked to the entity asking, with the relationship." })
export class AilmentLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => Ailment, { name: "ailment" })
  entity!: Ailment;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({
  description: "A cause (a contributing factor, or an ailment acting as a cause) linked to the entity asking.",
})
export class CauseLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => Cause, { name: "cause" })
  entity!: Cause;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A therapy linked to the entity asking, with the relationship." })
export class TherapyLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => Therapy, { name: "therapy" })
  entity!: Therapy;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A red flag linked to the entity asking, with the relationship." })
export class RedFlagLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => RedFlag, { name: "redFlag" })
  entity!: RedFlag;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A contraindication linked to the entity asking, with the relationship." })
export class ContraindicationLink {
  @Field(() => ID, { description: LINK_ID })
  id!: string;

  @Field(() => Contraindication, { name: "contraindication" })
  entity!: Contraindication;

  @Field(() => Relation)
  relation!: Relation;
}

/** A link whose neighbour is a kind the API makes from the model: `<TypeName>Link { <seedKey> }`. */
function madeLinkType(kind: EntityKind): ClassType {
  const { typeName } = KINDS[kind];
  const link = class {};
  Object.defineProperty(link, "name", { value: `${typeName}Link` });
  Field(() => ID, { description: LINK_ID })(link.prototype, "id");
  Field(() => KIND_TYPES[kind], { name: seedKey(kind) })(link.prototype, "entity");
  Field(() => Relation)(link.prototype, "relation");
  ObjectType(`${typeName}Link`, { description: `${typeName} linked to the entity asking, with the relationship.` })(
    link,
  );
  return link;
}

const WRITTEN_LINK_TYPES: Readonly<Record<string, ClassType>> = {
  AILMENT: AilmentLink,
  CAUSE: CauseLink,
  THERAPY: TherapyLink,
  CONTRAINDICATION: ContraindicationLink,
  RED_FLAG: RedFlagLink,
};

/** The link type of each kind as a neighbour (EntityLink stands for a neighbour of several kinds). */
export const KIND_LINK_TYPES = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, WRITTEN_LINK_TYPES[kind] ?? madeLinkType(kind)]),
) as Readonly<Record<EntityKind, ClassType>>;
