import { ArrayMaxSize } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { EntityKind } from "../entity";

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      "Any words: matched against names, synonyms and summaries, allowing prefixes and small typos. Only the first 200 characters and 8 words count.",
  })
  text!: string;

  @Field(() => [EntityKind], {
    nullable: true,
    description:
      "Only entities playing one of these kinds (all when empty); at most as many entries as there are kinds.",
  })
  @ArrayMaxSize(Object.keys(EntityKind).length)
  kinds?: EntityKind[] | null;

  @Field(() => Int, { nullable: true, description: "How many hits: default 10, at most the page cap." })
  first?: number | null;
}
