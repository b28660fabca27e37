import { CurationService } from "../modules/curation/curation.service";
import { EntityService } from "../modules/entity/entity.service";
import { CatalogService } from "../modules/catalog/catalog.service";
import { SearchService } from "../modules/search/search.service";
import { NeighbourhoodService } from "../modules/traversal/neighbourhood.service";
import { PathsService } from "../modules/traversal/paths.service";
import { RelatedAilmentsService } from "../modules/traversal/related-ailments.service";
import { LinkService } from "../modules/links/link.service";
import { RecommendationService } from "../modules/recommendation/recommendation.service";
import { GraphStatsService } from "../modules/health/graph-stats.service";
import { VocabularyService } from "../modules/vocabulary/vocabulary.service";
import { NodeService } from "../modules/node/node.service";
import type { ServiceDeps } from "../modules/shared/service-deps";
import type { LinkBudget } from "../modules/links/link.loader";

/** The services one request uses; each is a thin object over the database and the request's loaders. */
export interface Services {
  entities: EntityService;
  curation: CurationService;
  recommendations: RecommendationService;
  links: LinkService;
  catalog: CatalogService;
  search: SearchService;
  relatedAilments: RelatedAilmentsService;
  paths: PathsService;
  neighbourhoods: NeighbourhoodService;
  graphStats: GraphStatsService;
  vocabulary: VocabularyService;
  nodes: NodeService;
}

export function createServices({ db, loaders, config, budget }: ServiceDeps & { budget: LinkBudget }): Services {
  return {
    entities: new EntityService({ db, loaders, config }),
    curation: new CurationService({ db, loaders, config }),
    recommendations: new RecommendationService({ db, loaders, config }),
    links: new LinkService({ linkLoader: loaders.links, budget, lookAhead: config.lookAhead }),
    catalog: new CatalogService({ db, config }),
    search: new SearchService({ db, config }),
    relatedAilments: new RelatedAilmentsService({ db, loaders, config }),
    paths: new PathsService({ db, loaders, config }),
    neighbourhoods: new NeighbourhoodService({ db }),
    graphStats: new GraphStatsService({ db }),
    vocabulary: new VocabularyService({ db }),
    nodes: new NodeService({ db, loaders }),
  };
}
