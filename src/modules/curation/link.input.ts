import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Stage } from "../entity";
import { Evidence, type EvidenceGrade, Outcome, RelationTypeEnum } from "../graph";
import type { RelationType } from "../graph";
import { LIMITS } from "./curation-limits";
import { NotBlank } from "./not-blank";

@InputType({ description: "Names one relationship: from -type-> to." })
export class RelationKeyInput {
  @Field(() => ID)
  @MaxLength(LIMITS.slugMax)
  @Matches(LIMITS.slugPattern, { message: LIMITS.slugMessage })
  from!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => ID)
  @MaxLength(LIMITS.slugMax)
  @Matches(LIMITS.slugPattern, { message: LIMITS.slugMessage })
  to!: string;
}

@InputType({ description: "A relationship with why it holds and where that comes from; linking again replaces these." })
export class LinkInput extends RelationKeyInput {
  @Field({ description: "One sentence: the mechanism or the goal." })
  @Length(1, LIMITS.noteMax)
  @NotBlank()
  note!: string;

  @Field(() => Evidence, {
    description: "A strong trials, B limited trials, C clinical consensus / textbooks, D anecdote or theory.",
  })
  evidence!: EvidenceGrade;

  @Field(() => Stage, { nullable: true })
  stage?: Stage | null;

  @Field(() => Outcome, {
    nullable: true,
    description: "TREATED_BY and PREVENTED_BY only: BENEFIT (the default), NO_BENEFIT or INSUFFICIENT.",
  })
  outcome?: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: "PRESENTS_AS only: states of one ailment sharing a group (a slug) exclude each other.",
  })
  @IsOptional()
  @MaxLength(LIMITS.groupMax)
  @Matches(LIMITS.slugPattern, { message: "group must be a slug: lowercase letters, digits and single hyphens" })
  group?: string | null;

  @Field(() => [ID], { description: "Ids of existing sources (1 to 20)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.sourcesMax)
  @ArrayUnique()
  @MaxLength(LIMITS.slugMax, { each: true })
  @Matches(LIMITS.slugPattern, { each: true, message: "each of sources must be a source id slug" })
  sources!: string[];
}
