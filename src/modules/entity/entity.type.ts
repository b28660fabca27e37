import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { ContraindicationScope, ContraindicationSeverity, Stage } from "./contraindication-enums";
import { EntityKind, KIND_TYPE_NAME } from "./entity-kind.enum";
import type { EntityRecord } from "./entity.record";

@InterfaceType({
  description: "Any node of the knowledge graph, addressed by a stable slug id.",
  resolveType: (value: EntityRecord) => KIND_TYPE_NAME[value.kind],
})
export abstract class Entity {
  @Field(() => ID, { description: "Stable, human-readable slug, e.g. muscle-spasm." })
  id!: string;

  @Field(() => EntityKind, { description: "The entity's primary kind." })
  kind!: EntityKind;

  @Field(() => [EntityKind], { description: "Every kind this one node plays, primary first." })
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

  @Field(() => String, { nullable: true, description: "When it was last changed through the API (ISO 8601)." })
  updatedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who last changed it through the API." })
  updatedBy!: string | null;
}

@ObjectType({ implements: Entity, description: "An ailment or a situation massage addresses." })
export class Ailment extends Entity {}

@ObjectType({ implements: Entity, description: "A cause of, or a factor contributing to, an ailment." })
export class Cause extends Entity {}

@ObjectType({ implements: Entity, description: "A massage technique or related modality (ice, heat, stretching, a session)." })
export class Therapy extends Entity {}

@ObjectType({ implements: Entity, description: "A condition that rules out (ABSOLUTE) or limits (PRECAUTION) a therapy." })
export class Contraindication extends Entity {
  @Field(() => ContraindicationSeverity)
  severity!: ContraindicationSeverity;

  @Field(() => ContraindicationScope)
  scope!: ContraindicationScope;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;
}
