import { Field, Float, ObjectType } from "type-graphql";
import { Entity } from "../entity";

@ObjectType({
  description:
    "One search result: the entity and how well it matched (higher is better; compare within one search only).",
})
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Float)
  score!: number;
}
