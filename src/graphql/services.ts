import type { AppConfig } from "../config/config";
import type { Database } from "../db/database";
import { EntityService } from "../modules/entity/entity.service";
import type { Loaders } from "./loaders";

/** The services one request uses; each is a thin object over the database and the request's loaders. */
export interface Services {
  entities: EntityService;
}

export function createServices({ db, loaders, config }: { db: Database; loaders: Loaders; config: AppConfig }): Services {
  return {
    entities: new EntityService({ db, loaders, config }),
  };
}
