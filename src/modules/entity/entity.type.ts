import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { ContraindicationScope, ContraindicationSeverity, Pressure, Stage } from "./contraindication-enums";
import { EntityKind, KIND_TYPE_NAME } from "./entity-kind.enum";
import type { EntityRecord } from "./entity.record";
import { RedFlagUrgency } from "./red-flag-urgency.enum";

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

@ObjectType({ description: "How a precaution adapts a session." })
export class Adaptation {
  @Field(() => Pressure, { nullable: true })
  pressure!: Pressure | null;

  @Field(() => String, { nullable: true, description: "Positioning, in words." })
  position!: string | null;

  @Field(() => [String], { description: "Areas or techniques to avoid." })
  avoid!: string[];

  @Field(() => Int, { nullable: true, description: "Longest session, in minutes." })
  maxMinutes!: number | null;

  @Field(() => Boolean, { nullable: true, description: "True when a physician's approval is needed first." })
  clearance!: boolean | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;
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

  @Field(() => String, { nullable: true, description: "A yes/no question in lay words for a state a person may or may not be in." })
  question!: string | null;

  @Field(() => Adaptation, { nullable: true, description: "How to adapt a session for this precaution (pressure, position, areas, duration)." })
  adaptation!: Adaptation | null;
}

@ObjectType({ implements: Entity, description: "A sign that needs a medical assessment before any massage." })
export class RedFlag extends Entity {
  @Field(() => RedFlagUrgency)
  urgency!: RedFlagUrgency;

  @Field({ description: "What to do, in plain words." })
  action!: string;
}
