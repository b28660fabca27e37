import { DateTimeResolver } from "graphql-scalars";
import { Field, InterfaceType, ObjectType } from "type-graphql";
import { Node } from "../node/node.type";
import { ContraindicationScope, ContraindicationSeverity, Stage } from "./contraindication-enums";
import { EntityKind, entityTypeName } from "./entity-kind.enum";
import type { EntityRecord } from "./entity.record";

/*
 * One GraphQL type per entity, whichever field returns it (entityTypeName), so a client's cache
 * keeps one record per entity: Ailment, ContributingFactor, Therapy or Contraindication. `Cause`
 * is a role, an interface: what causes or worsens ailments, played by contributing factors and
 * by ailments that bring on others (stress).
 */

@InterfaceType({
  implements: Node,
  description: "Any node of the knowledge graph, addressed by a stable, human-readable slug id (muscle-spasm).",
  resolveType: (value: EntityRecord) => entityTypeName(value),
})
export abstract class Entity extends Node {
  @Field(() => EntityKind, { description: "The entity's primary kind." })
  kind!: EntityKind;

  @Field(() => [EntityKind], { description: "Every kind this one node plays, primary first (stress: AILMENT, CAUSE)." })
  roles!: EntityKind[];

  @Field()
  name!: string;

  @Field(() => [String])
  synonyms!: string[];

  @Field({ description: "A short description in the project's own words." })
  summary!: string;

  @Field(() => String, { nullable: true, description: "A free word grouping similar entities." })
  category!: string | null;

  @Field(() => [String], { description: "External codes where known for certain, as system:code (icd10:I10)." })
  codes!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was last changed through the API." })
  updatedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who last changed it through the API." })
  updatedBy!: string | null;
}

@InterfaceType({
  implements: [Node, Entity],
  description:
    "Something that causes or worsens ailments (a role): a ContributingFactor, or an Ailment that brings on others (stress). Fragments `on Cause` match both.",
  resolveType: (value: EntityRecord) => entityTypeName(value),
})
export abstract class Cause extends Entity {}

@ObjectType({
  implements: [Node, Entity, Cause],
  description: "An ailment or a situation massage addresses. Any ailment may also cause others (its `ailments`).",
})
export class Ailment extends Entity {}

@ObjectType({ implements: [Node, Entity, Cause], description: "A cause of, or a factor contributing to, an ailment, that is not an ailment itself." })
export class ContributingFactor extends Entity {}

@ObjectType({ implements: [Node, Entity], description: "A massage technique or related modality (ice, heat, stretching, a session)." })
export class Therapy extends Entity {}

@ObjectType({ implements: [Node, Entity], description: "A condition that rules out (ABSOLUTE) or limits (PRECAUTION) a therapy." })
export class Contraindication extends Entity {
  @Field(() => ContraindicationSeverity)
  severity!: ContraindicationSeverity;

  @Field(() => ContraindicationScope)
  scope!: ContraindicationScope;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;
}
