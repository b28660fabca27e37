import type { ClassType, NonEmptyArray } from "type-graphql";
import { CurationResolver } from "../modules/curation/curation.resolver";
import { EntityResolver } from "../modules/entity/entity.resolver";
import { RelationResolver } from "../modules/graph/relation.resolver";
import { KIND_LINKS_RESOLVERS } from "../modules/links/kind-links.resolver";
import { CatalogResolver } from "../modules/catalog/catalog.resolver";
import { SearchResolver } from "../modules/search/search.resolver";
import { TraversalResolver } from "../modules/traversal/traversal.resolver";
import { EntityLinksResolver } from "../modules/links/entity-links.resolver";
import { HealthResolver } from "../modules/health/health.resolver";
import { RecommendationResolver } from "../modules/recommendation/recommendation.resolver";
import { VocabularyResolver } from "../modules/vocabulary/vocabulary.resolver";
import { NodeResolver } from "../modules/node/node.resolver";

/** Every resolver class of the API; a feature adds its resolvers here. */
export const resolvers: NonEmptyArray<ClassType> = [
  EntityResolver,
  CurationResolver,
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
