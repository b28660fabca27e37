import type { FastifyBaseLogger } from "fastify";
import type { AppConfig } from "../config/config";
import type { Database } from "../db/database";
import { createLoaders, Loaders } from "./loaders";
import { createServices, Services } from "./services";

/** Who is calling: set from the Authorization header; reads need nobody. */
export interface Viewer {
  subject: string;
  roles: string[];
  via: "api-key" | "jwt";
}

export interface Context {
  db: Database;
  config: AppConfig;
  loaders: Loaders;
  services: Services;
  viewer: Viewer | null;
  /** Why the credential sent was refused (null when none was sent or it was accepted); told to writers. */
  authProblem: string | null;
  /** The request's logger (its reqId on every line); absent outside HTTP. */
  log?: FastifyBaseLogger;
  /** The ETag a cacheable GET answer gets (server/http-cache.ts); null otherwise. */
  graphqlEtag?: string | null;
}

export function createContext({
  db,
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
  const loaders = createLoaders(db);
  return { db, config, loaders, viewer, authProblem, log, graphqlEtag, services: createServices({ db, loaders, config }) };
}
