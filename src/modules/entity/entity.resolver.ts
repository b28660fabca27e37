import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { ContextWith } from "../shared/request-context";
import type { EntityService } from "./entity.service";
import { selectedLinks } from "../links/selected-links";
import { EntityKind } from "./entity-kind.enum";
import { Ailment, Cause, Contraindication, Entity, RedFlag, Therapy } from "./entity.type";

/** The services these resolvers call. */
type EntityContext = ContextWith<{ entities: EntityService }>;

/** Each root field passes on the link fields nested under it, so they are read with the entity. */
@Resolver()
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null when there is none." })
  entity(@Arg("id", () => ID) id: string, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byId(id, selectedLinks(info, "Entity"));
  }

  @Query(() => Ailment, { nullable: true })
  ailment(@Arg("id", () => ID) id: string, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.AILMENT, selectedLinks(info, "Ailment"));
  }

  @Query(() => Cause, { nullable: true })
  cause(@Arg("id", () => ID) id: string, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.CAUSE, selectedLinks(info, "Cause"));
  }

  @Query(() => Therapy, { nullable: true })
  therapy(@Arg("id", () => ID) id: string, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.THERAPY, selectedLinks(info, "Therapy"));
  }

  @Query(() => Contraindication, { nullable: true })
  contraindication(
    @Arg("id", () => ID) id: string,
    @Ctx() { services }: EntityContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.entities.byIdOfKind(id, EntityKind.CONTRAINDICATION, selectedLinks(info, "Contraindication"));
  }

  @Query(() => RedFlag, {
    nullable: true,
    description: "A sign that needs a medical assessment before any massage; null when there is none.",
  })
  redFlag(@Arg("id", () => ID) id: string, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.RED_FLAG, selectedLinks(info, "RedFlag"));
  }
}
