import { Field, ID, ObjectType } from "type-graphql";
import { Entity } from "../entity";

/** What deleteEntity removed, as a cache needs it: evict `<typename>:<id>` and the relations, refresh the neighbours. */
@ObjectType({
  description: "The entity deleteEntity removed: enough for a client to evict it and refresh what pointed at it.",
})
export class DeletedEntity {
  @Field(() => ID, { description: "The deleted entity's id." })
  id!: string;

  @Field({
    description:
      "Its GraphQL type as it was (Ailment, ContributingFactor, Therapy, Contraindication): with id, its cache key.",
  })
  typename!: string;

  @Field(() => [ID], { description: "Ids of the relations deleted with it." })
  relationIds!: string[];

  @Field(() => [Entity], {
    description: "The entities it was linked to, as they are now (select their link lists to refresh them).",
  })
  neighbours!: Entity[];
}
