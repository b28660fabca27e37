import type { GraphQLResolveInfo } from "graphql";
import { Args, ClassType, Ctx, Info, Query, Resolver } from "type-graphql";
import { KINDS, seedKey } from "../../model";
import type { EntityKind } from "../../model";
import { KIND_TYPES, MODEL_MADE_KINDS } from "../entity";
import { plannedLinkReads } from "../links";
import { IdArgs, madeMethod, madeResolverClass } from "../shared";
import type { ContextWith } from "../shared";
import type { EntityService } from "./entity.service";

/** The services these resolvers call. */
type EntityContext = ContextWith<{ entities: EntityService }>;

/**
 * The lookup root field of a kind the API makes from the model (`specimen(id)` for SPECIMEN), as
 * entity.resolver.ts writes the five kinds' by hand, applied with TypeGraphQL's own decorators.
 */
function lookupResolver(kind: EntityKind): ClassType {
  const field = seedKey(kind);
  const resolver = madeResolverClass(`${KINDS[kind].typeName}LookupResolver`);
  const descriptor = madeMethod(
    resolver.prototype,
    field,
    ({ id }: IdArgs, { services }: EntityContext, info: GraphQLResolveInfo) =>
      services.entities.byIdOfKind(id, kind, plannedLinkReads(info)),
  );
  Args(() => IdArgs)(resolver.prototype, field, 0);
  Ctx()(resolver.prototype, field, 1);
  Info()(resolver.prototype, field, 2);
  const description = `${KINDS[kind].typeName} by id; null when there is none.`;
  Query(() => KIND_TYPES[kind], { nullable: true, description })(resolver.prototype, field, descriptor);
  Resolver()(resolver);
  return resolver;
}

export const KIND_LOOKUP_RESOLVERS = MODEL_MADE_KINDS.map(lookupResolver);
