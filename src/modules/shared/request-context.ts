import type { FastifyBaseLogger } from "fastify";
import type { Credentials } from "../../auth/viewer";
import type { AppConfig } from "../../config/config";
import type { Database } from "../../db/database";
import type { Loaders } from "./loaders";
import type { ResultBudget } from "./result-budget";

/**
 * A request's context as the modules see it: everything but the services, whose full list only
 * the GraphQL wiring knows (graphql/context.ts). A resolver names the services it calls with
 * `ContextWith`, so it depends on those modules alone.
 */
export interface RequestContext extends Credentials {
  /** This request's view of the database: a few calls at a time, none once the budget is spent. */
  db: Database;
  config: AppConfig;
  loaders: Loaders;
  /** Items and bytes this request may still produce. */
  budget: ResultBudget;
  /** The request's logger (its reqId on every line); absent outside HTTP. */
  log?: FastifyBaseLogger;
  /** The ETag a cacheable GET answer gets (server/http-cache.ts); null otherwise. */
  graphqlEtag?: string | null;
}

/** The context a resolver types: the request's, with only the services it calls. */
export type ContextWith<S> = RequestContext & { services: S };
