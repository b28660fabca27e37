import type { FastifyBaseLogger } from "fastify";
import type { Viewer } from "../auth/viewer";
import type { AppConfig } from "../config/config";
import type { Database } from "../db/database";
import { createLoaders } from "./loaders";
import type { ContextWith } from "../modules/shared";
import { ResultBudget } from "../modules/shared";
import { createServices, Services } from "./services";

/** A request's whole context: the one the server builds and hands to every resolver. */
export type Context = ContextWith<Services>;

export function createContext({
  db: shared,
  config,
  viewer,
  authProblem = null,
  log,
  graphqlEtag = null,
  signal,
}: {
  db: Database;
  config: AppConfig;
  viewer: Viewer | null;
  authProblem?: string | null;
  log?: FastifyBaseLogger;
  graphqlEtag?: string | null;
  /** Aborted when the client has gone; stops the request's database work. */
  signal?: AbortSignal;
}): Context {
  const budget = new ResultBudget(config.limits);
  const db = shared.forRequest({
    maxConcurrent: config.limits.dbConcurrencyPerRequest,
    beforeCall: () => budget.assertOpen(),
    signal,
  });
  const loaders = createLoaders(db, { budget, linksPerList: config.limits.maxLinksPerList });
  const services = createServices({ db, loaders, config, budget });
  return { db, config, loaders, budget, viewer, authProblem, log, graphqlEtag, services };
}
