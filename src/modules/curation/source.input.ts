import { Field, ID, InputType, Int } from "type-graphql";
import { SOURCE_TYPES } from "../source";
import { KeepsRecordRules } from "../../records";
import { sourceProblems } from "./input-records";

@KeepsRecordRules(sourceProblems)
@InputType({ description: "Where facts come from; relationships cite sources by id." })
export class SourceInput {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  publisher!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  // type, reviewed and covers are required (and edition for a textbook), as in the seed: the
  // evidence policy reads them, and whatever the API accepts an export must load back.
  @Field(() => String, { nullable: true, description: `Required: ${SOURCE_TYPES.join(", ")}.` })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "Short author list, e.g. Moyer CA, Rounds J." })
  authors?: string | null;

  @Field(() => String, { nullable: true, description: "Only when confirmed against the source itself." })
  doi?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "PubMed id (digits); only when confirmed against the source itself.",
  })
  pmid?: string | null;

  @Field(() => String, { nullable: true, description: "Textbooks (required): the edition, e.g. 5th." })
  edition?: string | null;

  @Field(() => String, { nullable: true })
  chapter?: string | null;

  @Field(() => String, { nullable: true, description: "Websites: the date the page was read (YYYY-MM-DD)." })
  accessed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Required: the date the project last checked its citations against it (YYYY-MM-DD).",
  })
  reviewed?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Required: the entity ids the source discusses ("*", covering everything, is refused).',
  })
  // Never "*" (covers everything): seed:check's both-ends rule must apply to every source (issue 27).
  covers?: string[] | null;
}
