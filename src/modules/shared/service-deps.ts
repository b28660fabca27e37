import type { AppConfig } from "../../config/config";
import type { Database } from "../../db/database";
import type { Loaders } from "./loaders";

/** What a request's services are built from: the database, the request's loaders, the config. */
export interface ServiceDeps {
  db: Database;
  loaders: Loaders;
  config: AppConfig;
}
