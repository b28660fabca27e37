import { Field, ObjectType } from "type-graphql";
import { Ailment, Cause, Contraindication, Entity, RedFlag, Therapy } from "../entity/entity.type";
import { Relation } from "../graph/relation.type";
import { LinkDirection } from "./link-direction.enum";

/*
 * A link is a neighbour plus the relationship that joins it (note, evidence, stage, sources).
 * Every link record holds the neighbour under `entity`; typed links show it under a typed name
 * (`cause`, `therapy`...) so nested selections need no inline fragments.
 */

@ObjectType({ description: "A neighbouring entity of any kind and the relationship that joins it." })
export class EntityLink {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Relation)
  relation!: Relation;

  @Field(() => LinkDirection, { description: "OUTGOING when the stored arrow leaves the entity asking." })
  direction!: LinkDirection;
}

@ObjectType({ description: "An ailment linked to the entity asking, with the relationship." })
export class AilmentLink {
  @Field(() => Ailment, { name: "ailment" })
  entity!: Ailment;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A cause linked to the entity asking, with the relationship." })
export class CauseLink {
  @Field(() => Cause, { name: "cause" })
  entity!: Cause;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A therapy linked to the entity asking, with the relationship." })
export class TherapyLink {
  @Field(() => Therapy, { name: "therapy" })
  entity!: Therapy;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A red flag linked to the entity asking, with the relationship." })
export class RedFlagLink {
  @Field(() => RedFlag, { name: "redFlag" })
  entity!: RedFlag;

  @Field(() => Relation)
  relation!: Relation;
}

@ObjectType({ description: "A contraindication linked to the entity asking, with the relationship." })
export class ContraindicationLink {
  @Field(() => Contraindication, { name: "contraindication" })
  entity!: Contraindication;

  @Field(() => Relation)
  relation!: Relation;
}
