import { Field, ID, Int, ObjectType } from "type-graphql";
import { Entity } from "../entity";
import { Relation } from "./relation.type";
import type { GraphPathRecord } from "./graph-path.record";

/** Nodes and relationships are the GraphQL types of the record's entities and relations. */
@ObjectType({
  description: "An ordered walk through the graph: nodes[i] and nodes[i+1] are joined by relationships[i].",
})
export class GraphPath implements Omit<GraphPathRecord, "nodes" | "relationships"> {
  @Field(() => ID, {
    description:
      "Its start and its relations' ids, `a/a:CAUSED_BY:b/b:TREATED_BY:c`: the same walk has the same id wherever it appears.",
  })
  id!: string;

  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [Relation])
  relationships!: Relation[];

  @Field(() => Int, { description: "Number of relationships." })
  length!: number;

  @Field({ description: "The path in one line of plain words." })
  explanation!: string;
}

@ObjectType({ description: "Nodes and the relationships among them, ready to draw." })
export class Subgraph {
  @Field(() => ID, {
    description:
      "What was asked, `<id>/<depth>/<types, sorted, comma-separated or *>`: the same question has the same id.",
  })
  id!: string;

  @Field(() => [Entity])
  nodes!: Entity[];

  @Field(() => [Relation])
  relationships!: Relation[];

  @Field({ description: "True when the size cap cut the subgraph short." })
  truncated!: boolean;
}
