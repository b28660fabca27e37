import { IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LIMITS } from "./curation-limits";

@InputType({ description: "Where facts come from; relationships cite sources by id." })
export class SourceInput {
  @Field(() => ID)
  @MaxLength(LIMITS.slugMax)
  @Matches(LIMITS.slugPattern, { message: LIMITS.slugMessage })
  id!: string;

  @Field()
  @Length(1, LIMITS.titleMax)
  title!: string;

  @Field()
  @Length(1, LIMITS.publisherMax)
  publisher!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.urlMax)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "url must be an http or https URL" })
  url?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1800)
  @Max(2100)
  year?: number | null;
}
