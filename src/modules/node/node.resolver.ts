import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ContextWith } from "../shared/request-context";
import type { NodeService } from "./node.service";
import { Node } from "./node.type";

/** The services these resolvers call. */
type NodeContext = ContextWith<{ nodes: NodeService }>;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object with an id (entity, source or relation), for refetching by id; null when there is none.",
  })
  node(@Arg("id", () => ID) id: string, @Ctx() { services }: NodeContext) {
    return services.nodes.byId(id);
  }
}
