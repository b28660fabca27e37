import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "../../util/ids";

const SLUG_MESSAGE = "each id must be a slug (lowercase letters, digits and single hyphens)";

@ArgsType()
export class RecommendTherapiesArgs {
  @Field(() => [ID], { description: "Ids of the ailments to find therapies for (1 to 10)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @MaxLength(SLUG_MAX_LENGTH, { each: true })
  @Matches(SLUG_PATTERN, { each: true, message: SLUG_MESSAGE })
  ailments!: string[];

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description:
      "The person's own conditions (0 to 20): contraindication ids, or ailment ids, which bring every state the ailment may present as (worst case first; name a specific state such as controlled-hypertension for a finer answer).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(SLUG_MAX_LENGTH, { each: true })
  @Matches(SLUG_PATTERN, { each: true, message: SLUG_MESSAGE })
  conditions?: string[] | null;

  @Field(() => Int, { defaultValue: 10, description: "How many recommendations to return (1 to 50)." })
  @Min(1)
  @Max(50)
  first!: number;
}
