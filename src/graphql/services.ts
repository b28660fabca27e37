import { CurationService } from "../modules/curation";
import { EntityService } from "../modules/lookup";
import { CatalogService } from "../modules/catalog";
import { SearchService } from "../modules/search";
import { NeighbourhoodService, PathsService, RelatedAilmentsService } from "../modules/traversal";
import { LinkService } from "../modules/links";
import { RecommendationService } from "../modules/recommendation";
import { GraphStatsService } from "../modules/health";
import { VocabularyService } from "../modules/vocabulary";
import { NodeService } from "../modules/node";
import type { ServiceDeps } from "../modules/shared";
import type { LinkBudget } from "../modules/links";

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
    links: new LinkService({ linkLoader: loaders.links, budget }),
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
