import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { Ailment, Cause, Contraindication, Therapy } from "../entity";

@ObjectType({
  description:
    "Relay page information: pass endCursor as `after` for the next page, startCursor as `before` (with `last`) for the one before.",
})
class PageInfo {
  @Field({
    description: "Forwards: true when items follow this page. Backwards: true when the page ends before a cursor.",
  })
  hasNextPage!: boolean;

  @Field({
    description:
      "Forwards: true when the page starts after a cursor. Backwards: true when items come before this page.",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `<Name>Edge` and `<Name>Connection` types for one kind of node. */
function connectionOf<T extends object>(name: string, nodeType: ClassType<T> | (abstract new () => T)) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: "Opaque position of this item; pass it as `after` (or `before`) to continue from it." })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, ordered by name then id.` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match the filters, over all pages." })
    totalCount!: number;
  }
  return Connection;
}

export const AilmentConnection = connectionOf("Ailment", Ailment);
export const CauseConnection = connectionOf("Cause", Cause);
export const TherapyConnection = connectionOf("Therapy", Therapy);
export const ContraindicationConnection = connectionOf("Contraindication", Contraindication);
