import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How big the graph is right now." })
export class GraphStats {
  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => Int)
  sources!: number;
}
