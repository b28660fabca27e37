import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Node } from "./node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object with an id (entity, source or relation), for refetching by id; null when there is none.",
  })
  node(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.nodes.byId(id);
  }
}
