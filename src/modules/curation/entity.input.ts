import { Field, ID, InputType, Int } from "type-graphql";
import {
  ContraindicationScope,
  ContraindicationSeverity,
  Pressure,
  Stage,
  RedFlagUrgency,
  EntityKind,
} from "../entity";
import { KeepsRecordRules } from "../../records";
import { entityProblems } from "./input-records";

/**
 * The whole entity as it should be after the write: fields left out are cleared, so one upsert
 * both creates and replaces (the same rule as editing the seed YAML).
 */
@InputType()
export abstract class EntityInput {
  @Field(() => ID, {
    description:
      "Stable slug, e.g. muscle-spasm. A new id creates the entity; an existing one of the same kind updates it.",
  })
  id!: string;

  @Field({ description: "Display name, unique across the graph." })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names; stored trimmed, lowercase and without repeats." })
  synonyms?: string[] | null;

  @Field({ description: "One to three sentences in the project's own words." })
  summary!: string;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String], { nullable: true, description: "External codes as system:code (icd10:I10), one per system." })
  codes?: string[] | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description:
      "Further kinds this same node plays: only an ailment may, and only CAUSE (stress is an ailment that causes others).",
  })
  alsoActsAs?: EntityKind[] | null;
}

@InputType({ description: "How a precaution adapts a session." })
export class AdaptationInput {
  @Field(() => Pressure, { nullable: true })
  pressure?: Pressure | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => [String], { nullable: true, description: "Areas or techniques to avoid." })
  avoid?: string[] | null;

  @Field(() => Int, { nullable: true })
  maxMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: "True when a physician's approval is needed first." })
  clearance?: boolean | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

/*
 * Only an ailment plays a second role: it may also act as a CAUSE of other ailments (stress). A
 * cause that is also an ailment is an ailment first, so every entity has one GraphQL type.
 */

@KeepsRecordRules((input: AilmentInput) => entityProblems(EntityKind.AILMENT, input))
@InputType({ description: "An ailment or a situation massage addresses." })
export class AilmentInput extends EntityInput {}

@KeepsRecordRules((input: CauseInput) => entityProblems(EntityKind.CAUSE, input))
@InputType({ description: "A cause of, or a factor contributing to, an ailment." })
export class CauseInput extends EntityInput {}

@KeepsRecordRules((input: TherapyInput) => entityProblems(EntityKind.THERAPY, input))
@InputType({ description: "A massage technique or related modality." })
export class TherapyInput extends EntityInput {}

@KeepsRecordRules((input: ContraindicationInput) => entityProblems(EntityKind.CONTRAINDICATION, input))
@InputType({ description: "A condition that rules out (ABSOLUTE) or limits (PRECAUTION) a therapy." })
export class ContraindicationInput extends EntityInput {
  @Field(() => ContraindicationSeverity)
  severity!: ContraindicationSeverity;

  @Field(() => ContraindicationScope)
  scope!: ContraindicationScope;

  @Field(() => Stage, { nullable: true })
  stage?: Stage | null;

  @Field(() => String, {
    nullable: true,
    description: "A yes/no question in lay words for a state a person may or may not be in.",
  })
  question?: string | null;

  // Required on a PRECAUTION, as in the seed, so whatever the API accepts an export loads back.
  @Field(() => AdaptationInput, {
    nullable: true,
    description: "How to adapt a session; required when severity is PRECAUTION.",
  })
  adaptation?: AdaptationInput | null;
}

@KeepsRecordRules((input: RedFlagInput) => entityProblems(EntityKind.RED_FLAG, input))
@InputType({ description: "A sign that needs a medical assessment before any massage." })
export class RedFlagInput extends EntityInput {
  @Field(() => RedFlagUrgency)
  urgency!: RedFlagUrgency;

  @Field({ description: "What to do, in plain words." })
  action!: string;
}
