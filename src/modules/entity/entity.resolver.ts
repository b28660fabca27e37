import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { EntityKind } from "./entity-kind.enum";
import { Ailment, Cause, Contraindication, Entity, Therapy } from "./entity.type";

@Resolver()
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null when there is none." })
  entity(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.entities.byId(id);
  }

  @Query(() => Ailment, { nullable: true })
  ailment(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.entities.byIdOfKind(id, EntityKind.AILMENT);
  }

  @Query(() => Cause, { nullable: true })
  cause(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.entities.byIdOfKind(id, EntityKind.CAUSE);
  }

  @Query(() => Therapy, { nullable: true })
  therapy(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.entities.byIdOfKind(id, EntityKind.THERAPY);
  }

  @Query(() => Contraindication, { nullable: true })
  contraindication(@Arg("id", () => ID) id: string, @Ctx() { services }: Context) {
    return services.entities.byIdOfKind(id, EntityKind.CONTRAINDICATION);
  }
}
