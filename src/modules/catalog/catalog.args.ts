import { MaxLength } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { ContraindicationScope, ContraindicationSeverity } from "../entity";

@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    nullable: true,
    description: "Page size: default 20, at most the server's page cap (MAX_PAGE_SIZE, 100 by default).",
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page: the page after it." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Read backwards: the last items before `before` (or of the list); same cap as `first`, not with `first`.",
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "startCursor of the page after: the page before it (with `last`).",
  })
  before?: string | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive part of the name or of a synonym." })
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: "Exact category, e.g. musculoskeletal." })
  @MaxLength(100)
  category?: string | null;
}

@ArgsType()
export class ContraindicationListArgs extends ListArgs {
  @Field(() => ContraindicationSeverity, { nullable: true })
  severity?: ContraindicationSeverity | null;

  @Field(() => ContraindicationScope, { nullable: true })
  scope?: ContraindicationScope | null;
}
