import { URLResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type";

@ObjectType({ implements: Node, description: "Where a fact comes from. Its id is a slug; sources and entities share one id space." })
export class Source extends Node {
  @Field()
  title!: string;

  @Field(() => URLResolver, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}
