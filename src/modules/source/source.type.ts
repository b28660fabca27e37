import { URLResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../entity";
import type { SourceRecord } from "./source.record";

@ObjectType({
  implements: Node,
  description: "Where a fact comes from. Its id is a slug; sources and entities share one id space.",
})
export class Source extends Node implements SourceRecord {
  @Field()
  title!: string;

  @Field(() => URLResolver, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "review, trial, textbook, guideline or website." })
  type!: string | null;

  @Field(() => String, { nullable: true })
  authors!: string | null;

  @Field(() => String, { nullable: true })
  doi!: string | null;

  @Field(() => String, { nullable: true, description: "PubMed id." })
  pmid!: string | null;

  @Field(() => String, { nullable: true, description: "Books: the ISBN (10 or 13 digits, no hyphens)." })
  isbn!: string | null;

  @Field(() => String, { nullable: true, description: "Textbooks: the edition." })
  edition!: string | null;

  @Field(() => String, { nullable: true })
  chapter!: string | null;

  @Field(() => String, { nullable: true, description: "Websites: the date the page was read (YYYY-MM-DD)." })
  accessed!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The date the project last checked its citations against it (YYYY-MM-DD).",
  })
  reviewed!: string | null;

  @Field(() => [String], {
    description: "Entity ids the source discusses (never everything: a cited source must discuss both ends).",
  })
  covers!: string[];
}
