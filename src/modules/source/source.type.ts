import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a fact comes from." })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}
