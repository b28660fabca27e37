import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EntityKind } from "../entity";

export const MAX_TERMS_PER_CALL = 20;
const MAX_TERM_TEXT = 200;

@ArgsType()
export class ResolveTermsArgs {
  @Field(() => [String], {
    description: `Free texts (1 to ${MAX_TERMS_PER_CALL}, each up to ${MAX_TERM_TEXT} characters): ids, names or synonyms.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TERMS_PER_CALL)
  @Length(1, MAX_TERM_TEXT, { each: true })
  texts!: string[];

  @Field(() => [EntityKind], {
    nullable: true,
    description: "Only entities playing one of these kinds (all when empty).",
  })
  @IsOptional()
  @ArrayMaxSize(5)
  kinds?: EntityKind[] | null;
}
