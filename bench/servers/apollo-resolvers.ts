import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../src/graphql";
import { EntityKind, entityTypeName } from "../../src/modules/entity";
import type { EntityRecord } from "../../src/modules/entity";
import {
  LINK_FIELDS,
  LinkSpec,
  helps,
  LinkRecord,
  selectedConnectionNodeFields,
  selectedLinkFields,
  selectedSubgraphFields,
  plannedLinkReads,
} from "../../src/modules/links";

/**
 * Plain graphql-js resolvers (an Apollo resolver map, no TypeGraphQL) for the fields the bench
 * asks, over the API's own services, look-ahead and loaders. Fields not listed resolve as plain
 * properties of the records, as TypeGraphQL's do. No class-validator checks, no cost model.
 */
type Args = Record<string, unknown>;
type Resolver = (root: never, args: Args, context: Context, info: GraphQLResolveInfo) => unknown;

const entityOfKind =
  (kind: EntityKind): Resolver =>
  (_root, { id }, { services }, info) =>
    services.entities.byIdOfKind(id as string, kind, plannedLinkReads(info));

const links =
  (spec: LinkSpec, treatmentsOnly = false): Resolver =>
  async (root: EntityRecord, _args, { services }, info) => {
    const list = await services.links.of(root.id, spec, selectedLinkFields(info));
    return treatmentsOnly ? list.filter(helps) : list;
  };

const neighbour = (link: LinkRecord) => link.entity;

export const apolloResolvers = {
  Query: {
    ailment: entityOfKind(EntityKind.AILMENT),
    cause: entityOfKind(EntityKind.CAUSE),
    // List pages and neighbourhoods read only what the selection shows, as the API's resolvers do.
    ailments: ((_root, args, { services }, info) =>
      services.catalog.page(EntityKind.AILMENT, args, selectedConnectionNodeFields(info))) as Resolver,
    search: ((_root, args, { services }) => services.search.search(args as never)) as Resolver,
    relatedAilments: ((_root, args, { services }) => services.relatedAilments.related(args as never)) as Resolver,
    causeTreatmentPaths: ((_root, args, { services }) => services.paths.causeTreatmentPaths(args as never)) as Resolver,
    shortestPath: ((_root, args, { services }) => services.paths.shortestPath(args as never)) as Resolver,
    recommendTherapies: ((_root, args, { services }) => services.recommendations.recommend(args as never)) as Resolver,
    neighbourhood: ((_root, args, { services }, info) =>
      services.neighbourhoods.around(args as never, selectedSubgraphFields(info))) as Resolver,
  },
  // One object type per entity (entityTypeName): an ailment that causes others stays an Ailment.
  Entity: { __resolveType: entityTypeName },
  Cause: { __resolveType: entityTypeName },
  Ailment: {
    causes: links(LINK_FIELDS.Ailment.causes),
    therapies: links(LINK_FIELDS.Ailment.therapies, true),
    ailments: links(LINK_FIELDS.Ailment.ailments),
  },
  ContributingFactor: {
    ailments: links(LINK_FIELDS.ContributingFactor.ailments),
    therapies: links(LINK_FIELDS.ContributingFactor.therapies, true),
  },
  CauseLink: { cause: neighbour },
  AilmentLink: { ailment: neighbour },
  TherapyLink: { therapy: neighbour },
};
