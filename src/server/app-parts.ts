import type { ApolloServer } from "@apollo/server";
import type { Registry } from "prom-client";
import type { AppConfig } from "../config/config";
import type { Database } from "../db/database";
import type { Context } from "../graphql/context";
import type { AdmissionGate } from "./admission";
import type { TrustedDocuments } from "./trusted-documents";

/** What the protections are built from (app.ts makes them once per app). */
export interface AppParts {
  config: AppConfig;
  db: Database;
  registry: Registry;
  gate: AdmissionGate;
  apollo: ApolloServer<Context>;
  trustedDocuments: TrustedDocuments | undefined;
  /** The playground page's HTML. */
  playground: string;
  /** Changes when the API's answers could change for the same graph (HTTP cache validators). */
  buildId: string;
}
