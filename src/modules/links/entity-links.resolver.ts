import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { linkListCost } from "./link-cost";
import type { ContextWith } from "../shared";
import type { LinkService } from "./link.service";
import type { EntityRecord } from "../entity";
import { Entity } from "../entity";
import { BadUserInputError } from "../../errors/api-errors";
import { RELATION_TYPES, type RelationType, RelationTypeEnum } from "../graph";
import { LinkDirection } from "./link-direction.enum";
import { EntityLink } from "./link.type";
import { selectedLinkFields } from "./link-selection";

/** The services these resolvers call. */
type LinksContext = ContextWith<{ links: LinkService }>;

/** `relations` on every entity: its links of the given types, batched per request. */
@Resolver(() => Entity)
export class EntityLinksResolver {
  @FieldResolver(() => [EntityLink], {
    complexity: linkListCost,
    description: "Neighbours along the given relationship types (all when empty), with each relationship.",
  })
  relations(
    @Root() entity: EntityRecord,
    @Ctx() { services }: LinksContext,
    @Arg("types", () => [RelationTypeEnum], {
      nullable: true,
      description: "e.g. [CAUSED_BY, TREATED_BY]; at most as many entries as there are types",
    })
    types: RelationType[] | null,
    @Arg("direction", () => LinkDirection, { defaultValue: LinkDirection.BOTH }) direction: LinkDirection,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A plain list argument, which class-validator (args classes only) does not see: checked here.
    if (types && types.length > RELATION_TYPES.length) {
      throw BadUserInputError.of("types", `types must contain no more than ${RELATION_TYPES.length} elements`);
    }
    return services.links.relations({ id: entity.id, types, direction, fields: selectedLinkFields(info) });
  }
}
