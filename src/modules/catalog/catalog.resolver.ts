import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver, UseMiddleware } from "type-graphql";
import { pagedListCost, SpendResult } from "../shared";
import type { ContextWith } from "../shared";
import type { CatalogService } from "./catalog.service";
import { EntityKind } from "../entity";
import { selectedConnectionNodeFields } from "../links";
import { ContraindicationListArgs, ListArgs } from "./catalog.args";
import { DEFAULT_PAGE_SIZE } from "./catalog.service";
import { AilmentConnection, CauseConnection, ContraindicationConnection, TherapyConnection } from "./connection.type";

/** The services these resolvers call. */
type CatalogContext = ContextWith<{ catalog: CatalogService }>;

/** A page costs its items plus a count and an index read. Each reads only the properties its selection shows. */
const cost = { complexity: pagedListCost(DEFAULT_PAGE_SIZE, { base: 5 }) };

@Resolver()
export class CatalogResolver {
  @Query(() => AilmentConnection, { ...cost, description: "Ailments by name, a page at a time." })
  @UseMiddleware(SpendResult)
  ailments(@Args() args: ListArgs, @Ctx() { services }: CatalogContext, @Info() info: GraphQLResolveInfo) {
    return services.catalog.page(EntityKind.AILMENT, args, selectedConnectionNodeFields(info));
  }

  @Query(() => CauseConnection, { ...cost, description: "Causes by name, a page at a time." })
  @UseMiddleware(SpendResult)
  causes(@Args() args: ListArgs, @Ctx() { services }: CatalogContext, @Info() info: GraphQLResolveInfo) {
    return services.catalog.page(EntityKind.CAUSE, args, selectedConnectionNodeFields(info));
  }

  @Query(() => TherapyConnection, { ...cost, description: "Therapies by name, a page at a time." })
  @UseMiddleware(SpendResult)
  therapies(@Args() args: ListArgs, @Ctx() { services }: CatalogContext, @Info() info: GraphQLResolveInfo) {
    return services.catalog.page(EntityKind.THERAPY, args, selectedConnectionNodeFields(info));
  }

  @Query(() => ContraindicationConnection, {
    ...cost,
    description: "Contraindications by name, a page at a time; filter by severity and scope.",
  })
  @UseMiddleware(SpendResult)
  contraindications(
    @Args() args: ContraindicationListArgs,
    @Ctx() { services }: CatalogContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.catalog.page(EntityKind.CONTRAINDICATION, args, selectedConnectionNodeFields(info));
  }
}
