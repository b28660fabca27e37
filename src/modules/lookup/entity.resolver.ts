import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import { IdArgs } from "../shared";
import type { ContextWith } from "../shared";
import type { EntityService } from "./entity.service";
import { plannedLinkReads } from "../links";
import { EntityKind, Ailment, Cause, Contraindication, Entity, RedFlag, Therapy } from "../entity";

/** The services these resolvers call. */
type EntityContext = ContextWith<{ entities: EntityService }>;

/** Each root field passes on the link fields nested under it, so they are read with the entity. */
@Resolver()
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null when there is none." })
  entity(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byId(id, plannedLinkReads(info));
  }

  @Query(() => Ailment, { nullable: true })
  ailment(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.AILMENT, plannedLinkReads(info));
  }

  @Query(() => Cause, { nullable: true })
  cause(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.CAUSE, plannedLinkReads(info));
  }

  @Query(() => Therapy, { nullable: true })
  therapy(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.THERAPY, plannedLinkReads(info));
  }

  @Query(() => Contraindication, { nullable: true })
  contraindication(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.CONTRAINDICATION, plannedLinkReads(info));
  }

  @Query(() => RedFlag, {
    nullable: true,
    description: "A sign that needs a medical assessment before any massage; null when there is none.",
  })
  redFlag(@Args() { id }: IdArgs, @Ctx() { services }: EntityContext, @Info() info: GraphQLResolveInfo) {
    return services.entities.byIdOfKind(id, EntityKind.RED_FLAG, plannedLinkReads(info));
  }
}
