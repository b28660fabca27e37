import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SOURCE_TYPES } from "../source";
import { LIMITS } from "./curation-limits";
import { NotBlank } from "./not-blank";

/** YYYY-MM-DD with a plausible month and day (the seed validator also rejects impossible dates). */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({ description: "Where facts come from; relationships cite sources by id." })
export class SourceInput {
  @Field(() => ID)
  @MaxLength(LIMITS.slugMax)
  @Matches(LIMITS.slugPattern, { message: LIMITS.slugMessage })
  id!: string;

  @Field()
  @Length(1, LIMITS.titleMax)
  @NotBlank()
  title!: string;

  @Field()
  @Length(1, LIMITS.publisherMax)
  @NotBlank()
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

  // type, reviewed and covers are required (and edition for a textbook), as in the seed: the
  // evidence policy reads them, and whatever the API accepts an export must load back.
  @Field(() => String, { nullable: true, description: `Required: ${SOURCE_TYPES.join(", ")}.` })
  @IsDefined({ message: `type is required: one of ${SOURCE_TYPES.join(", ")}` })
  @IsIn(SOURCE_TYPES, { message: `type must be one of ${SOURCE_TYPES.join(", ")}` })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "Short author list, e.g. Moyer CA, Rounds J." })
  @IsOptional()
  @Length(1, LIMITS.authorsMax)
  authors?: string | null;

  @Field(() => String, { nullable: true, description: "Only when confirmed against the source itself." })
  @IsOptional()
  @Matches(/^10\.[0-9]{4,9}\/\S{1,200}$/, { message: "doi must look like 10.1002/14651858.CD003528.pub2" })
  doi?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "PubMed id (digits); only when confirmed against the source itself.",
  })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,9}$/, { message: "pmid must be digits" })
  pmid?: string | null;

  @Field(() => String, { nullable: true, description: "Textbooks (required): the edition, e.g. 5th." })
  @ValidateIf((input: SourceInput) => input.type === "textbook" || (input.edition ?? null) !== null)
  @IsDefined({ message: "edition is required for a textbook" })
  @Length(1, LIMITS.editionMax)
  edition?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, LIMITS.chapterMax)
  chapter?: string | null;

  @Field(() => String, { nullable: true, description: "Websites: the date the page was read (YYYY-MM-DD)." })
  @IsOptional()
  @Matches(DATE, { message: "accessed must be a date written YYYY-MM-DD" })
  accessed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Required: the date the project last checked its citations against it (YYYY-MM-DD).",
  })
  @IsDefined({ message: "reviewed is required: the date the citations were last checked (YYYY-MM-DD)" })
  @Matches(DATE, { message: "reviewed must be a date written YYYY-MM-DD" })
  reviewed?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Required: the entity ids the source discusses ("*", covering everything, is refused).',
  })
  @IsDefined({ message: "covers is required: the entity ids the source discusses" })
  @ArrayMinSize(1, { message: "covers must list at least one entity id" })
  @ArrayMaxSize(LIMITS.coversMax)
  @ArrayUnique()
  // Never "*" (covers everything): seed:check's both-ends rule must apply to every source (issue 27).
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { each: true, message: "each of covers must be an entity id" })
  covers?: string[] | null;
}
