import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { AilmentStageInput } from "./ailment-stage.input";
import { SiteInput } from "./site.input";
import { MAX_TERM_LENGTH } from "./recommendation-limits";

@ArgsType()
export class RecommendTherapiesArgs {
  @Field(() => [ID], {
    description:
      "The ailments to find therapies for (1 to 10): ids, names or synonyms (muscle-spasm, Muscle spasm, cramp).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(1, MAX_TERM_LENGTH, { each: true })
  ailments!: string[];

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description:
      "The person's own conditions (0 to 20): contraindications (confirmed), ailments (their states are asked, never assumed) or causes that present as states (infection, breast-cancer-surgery); ids, names or synonyms (dvt). An ailment named here gives the same safety answer as one named in ailments.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, MAX_TERM_LENGTH, { each: true })
  conditions?: string[] | null;

  @Field(() => [AilmentStageInput], {
    nullable: true,
    defaultValue: [],
    description: "The stage of some of your ailments (0 to 10).",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  stages?: AilmentStageInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: "States you confirm (answers yes to questions): contraindication ids, names or synonyms (0 to 20).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, MAX_TERM_LENGTH, { each: true })
  confirmedStates?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: "States you rule out (answers no to questions): contraindication ids, names or synonyms (0 to 20).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, MAX_TERM_LENGTH, { each: true })
  ruledOutStates?: string[] | null;

  @Field(() => [SiteInput], {
    nullable: true,
    defaultValue: [],
    description: "Where states or ailments of your situation are (answers to SITE questions; 0 to 10).",
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  sites?: SiteInput[] | null;

  @Field(() => Int, {
    defaultValue: 10,
    description: "How many recommendations to return (1 to 50), in items and in conditional.",
  })
  @Min(1)
  @Max(50)
  first!: number;
}
