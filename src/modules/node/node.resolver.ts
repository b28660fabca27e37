import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { ContextWith } from "../shared";
import type { NodeService } from "./node.service";
import { NodeArgs } from "./node.args";
import { Node } from "../entity";

/** The services these resolvers call. */
type NodeContext = ContextWith<{ nodes: NodeService }>;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object with an id (entity, source or relation), for refetching by id; null when there is none.",
  })
  node(@Args() { id }: NodeArgs, @Ctx() { services }: NodeContext) {
    return services.nodes.byId(id);
  }
}
