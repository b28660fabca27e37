import type { FastifyBaseLogger } from "fastify";
import type { AppConfig } from "../config/config";
import type { Database } from "../db/database";
import { createLoaders, Loaders } from "./loaders";
import { ResultBudget } from "./result-budget";
import { createServices, Services } from "./services";

/** Who is calling: set from the Authorization header; reads need nobody. */
export interface Viewer {
  subject: string;
  roles: string[];
  via: "api-key" | "jwt";
}

export interface Context {
  /** This request's view of the database: a few calls at a time, none once the budget is spent. */
  db: Database;
  config: AppConfig;
  loaders: Loaders;
  services: Services;
  /** Items and bytes this request may still produce. */
  budget: ResultBudget;
  viewer: Viewer | null;
  /** Why the credential sent was refused (null when none was sent or it was accepted); told to writers. */
  authProblem: string | null;
  /** The request's logger (its reqId on every line); absent outside HTTP. */
  log?: FastifyBaseLogger;
  /** The ETag a cacheable GET answer gets (server/http-cache.ts); null otherwise. */
  graphqlEtag?: string | null;
}

export function createContext({
  db: shared,
  config,
  viewer,
  authProblem = null,
  log,
  graphqlEtag = null,
}: {
  db: Database;
  config: AppConfig;
  viewer: Viewer | null;
  authProblem?: string | null;
  log?: FastifyBaseLogger;
  graphqlEtag?: string | null;
}): Context {
  const budget = new ResultBudget(config.limits);
  const db = shared.forRequest({ maxConcurrent: config.limits.dbConcurrencyPerRequest, beforeCall: () => budget.assertOpen() });
  const loaders = createLoaders(db, { budget, linksPerList: config.limits.maxLinksPerList });
  const services = createServices({ db, loaders, config, budget });
  return { db, config, loaders, budget, viewer, authProblem, log, graphqlEtag, services };
}
