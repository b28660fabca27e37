import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import {
  ContraindicationScope,
  ContraindicationSeverity,
  Pressure,
  Stage,
  RedFlagUrgency,
  EntityKind,
} from "../entity";
import { LIMITS } from "./curation-limits";
import { NotBlank } from "./not-blank";

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
  @MaxLength(LIMITS.slugMax)
  @Matches(LIMITS.slugPattern, { message: LIMITS.slugMessage })
  id!: string;

  @Field({ description: "Display name, unique across the graph." })
  @Length(1, LIMITS.nameMax)
  @NotBlank({ name: true })
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names; stored trimmed, lowercase and without repeats." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.synonymsMax)
  @Length(1, LIMITS.synonymMax, { each: true })
  synonyms?: string[] | null;

  @Field({ description: "One to three sentences in the project's own words." })
  @Length(1, LIMITS.summaryMax)
  @NotBlank()
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.categoryMax)
  category?: string | null;

  @Field(() => [String], { nullable: true, description: "External codes as system:code (icd10:I10), one per system." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.codesMax)
  @ArrayUnique((code: string) => code.split(":")[0], { message: "codes must name each system once" })
  @Matches(LIMITS.codePattern, { each: true, message: 'each of codes must look like "system:code", e.g. icd10:I10' })
  codes?: string[] | null;

  @Field(() => [EntityKind], {
    nullable: true,
    description:
      "Further kinds this same node plays: only an ailment may, and only CAUSE (stress is an ailment that causes others).",
  })
  @IsOptional()
  @ArrayMaxSize(3)
  alsoActsAs?: EntityKind[] | null;
}

@InputType({ description: "How a precaution adapts a session." })
export class AdaptationInput {
  @Field(() => Pressure, { nullable: true })
  pressure?: Pressure | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.adaptationTextMax)
  position?: string | null;

  @Field(() => [String], { nullable: true, description: "Areas or techniques to avoid." })
  @IsOptional()
  @ArrayMaxSize(LIMITS.avoidMax)
  @Length(1, LIMITS.synonymMax, { each: true })
  @NotBlank({ each: true })
  avoid?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  maxMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: "True when a physician's approval is needed first." })
  @IsOptional()
  @IsBoolean()
  clearance?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.adaptationTextMax)
  notes?: string | null;
}

/*
 * Only an ailment plays a second role: it may also act as a CAUSE of other ailments (stress). A
 * cause that is also an ailment is an ailment first, so every entity has one GraphQL type.
 */

@InputType({ description: "An ailment or a situation massage addresses." })
export class AilmentInput extends EntityInput {
  @IsIn([EntityKind.CAUSE], {
    each: true,
    message: "alsoActsAs: an ailment may also act as a CAUSE of other ailments, and nothing else",
  })
  override alsoActsAs?: EntityKind[] | null = undefined;
}

@InputType({ description: "A cause of, or a factor contributing to, an ailment." })
export class CauseInput extends EntityInput {
  @ArrayMaxSize(0, {
    message:
      "alsoActsAs: a cause that is also an ailment is an ailment first: upsert it with upsertAilment and alsoActsAs: [CAUSE]",
  })
  override alsoActsAs?: EntityKind[] | null = undefined;
}

@InputType({ description: "A massage technique or related modality." })
export class TherapyInput extends EntityInput {
  @ArrayMaxSize(0, { message: "alsoActsAs: a therapy plays no other role; only an ailment may also act as a CAUSE" })
  override alsoActsAs?: EntityKind[] | null = undefined;
}

@InputType({ description: "A condition that rules out (ABSOLUTE) or limits (PRECAUTION) a therapy." })
export class ContraindicationInput extends EntityInput {
  @ArrayMaxSize(0, {
    message: "alsoActsAs: a contraindication plays no other role; only an ailment may also act as a CAUSE",
  })
  override alsoActsAs?: EntityKind[] | null = undefined;

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
  @IsOptional()
  @Length(1, LIMITS.questionMax)
  question?: string | null;

  // Required on a PRECAUTION, as in the seed, so whatever the API accepts an export loads back.
  @Field(() => AdaptationInput, {
    nullable: true,
    description: "How to adapt a session; required when severity is PRECAUTION.",
  })
  @ValidateIf(
    (input: ContraindicationInput) =>
      input.severity === ContraindicationSeverity.PRECAUTION || (input.adaptation ?? null) !== null,
  )
  @IsDefined({
    message: "adaptation is required on a PRECAUTION (pressure, position, avoid, maxMinutes, clearance or notes)",
  })
  @ValidateNested()
  adaptation?: AdaptationInput | null;
}

@InputType({ description: "A sign that needs a medical assessment before any massage." })
export class RedFlagInput extends EntityInput {
  @ArrayMaxSize(0, { message: "alsoActsAs: a red flag plays no other role; only an ailment may also act as a CAUSE" })
  override alsoActsAs?: EntityKind[] | null = undefined;

  @Field(() => RedFlagUrgency)
  urgency!: RedFlagUrgency;

  @Field({ description: "What to do, in plain words." })
  @Length(1, LIMITS.actionMax)
  @NotBlank()
  action!: string;
}
