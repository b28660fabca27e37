import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { Ailment, Cause, Contraindication, Therapy } from "../entity/entity.type";

@ObjectType({ description: "Relay page information. Lists page forwards: pass endCursor as `after`." })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: "True when this page starts after a cursor (items came before it)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `<Name>Edge` and `<Name>Connection` types for one kind of node. */
function connectionOf<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: "Opaque position of this item; pass it as `after` to continue after it." })
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
