import type { ClassType, NonEmptyArray } from "type-graphql";
import { CurationResolver, KIND_CURATION_RESOLVERS } from "../modules/curation";
import { EntityResolver, KIND_LOOKUP_RESOLVERS } from "../modules/lookup";
import { RelationResolver } from "../modules/graph";
import { KIND_LINKS_RESOLVERS, EntityLinksResolver } from "../modules/links";
import { CatalogResolver } from "../modules/catalog";
import { SearchResolver } from "../modules/search";
import { TraversalResolver } from "../modules/traversal";
import { HealthResolver } from "../modules/health";
import { RecommendationResolver } from "../modules/recommendation";
import { VocabularyResolver } from "../modules/vocabulary";
import { NodeResolver } from "../modules/node";

/** Every resolver class of the API; a feature adds its resolvers here. */
export const resolvers: NonEmptyArray<ClassType> = [
  EntityResolver,
  ...KIND_LOOKUP_RESOLVERS,
  CurationResolver,
  ...KIND_CURATION_RESOLVERS,
  RelationResolver,
  HealthResolver,
  RecommendationResolver,
  EntityLinksResolver,
  ...KIND_LINKS_RESOLVERS,
  CatalogResolver,
  SearchResolver,
  TraversalResolver,
  VocabularyResolver,
  NodeResolver,
];
