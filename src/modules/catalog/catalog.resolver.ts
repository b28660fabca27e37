import { Args, Ctx, Query, Resolver } from "type-graphql";
import { pagedListCost } from "../../graphql/complexity";
import type { Context } from "../../graphql/context";
import { EntityKind } from "../entity/entity-kind.enum";
import { ContraindicationListArgs, ListArgs } from "./catalog.args";
import { DEFAULT_PAGE_SIZE } from "./catalog.service";
import { AilmentConnection, CauseConnection, ContraindicationConnection, TherapyConnection } from "./connection.type";

const cost = { complexity: pagedListCost(DEFAULT_PAGE_SIZE) };

@Resolver()
export class CatalogResolver {
  @Query(() => AilmentConnection, { ...cost, description: "Ailments by name, a page at a time." })
  ailments(@Args() args: ListArgs, @Ctx() { services }: Context) {
    return services.catalog.page(EntityKind.AILMENT, args);
  }

  @Query(() => CauseConnection, { ...cost, description: "Causes by name, a page at a time." })
  causes(@Args() args: ListArgs, @Ctx() { services }: Context) {
    return services.catalog.page(EntityKind.CAUSE, args);
  }

  @Query(() => TherapyConnection, { ...cost, description: "Therapies by name, a page at a time." })
  therapies(@Args() args: ListArgs, @Ctx() { services }: Context) {
    return services.catalog.page(EntityKind.THERAPY, args);
  }

  @Query(() => ContraindicationConnection, { ...cost, description: "Contraindications by name, a page at a time; filter by severity and scope." })
  contraindications(@Args() args: ContraindicationListArgs, @Ctx() { services }: Context) {
    return services.catalog.page(EntityKind.CONTRAINDICATION, args);
  }
}
