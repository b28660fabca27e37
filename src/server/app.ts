import fastifyStatic from "@fastify/static";
import Fastify, { FastifyInstance, LogController } from "fastify";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { AppConfig } from "../config/config";
import type { ConnectionsConfig } from "../config/protection-config";
import type { Database } from "../db/database";
import { printApiSchema } from "../graphql/schema";
import { DegreeStats } from "../modules/graph";
import { lazyChildLogger, requestId } from "../observability/request-logger";
import { traceLogFields } from "../observability/tracing";
import { projectRoot } from "../util/project-root";
import { AdmissionGate } from "./admission";
import { createApollo } from "./apollo";
import type { AppParts } from "./app-parts";
import { registerHealthRoutes } from "./health-routes";
import { metricsRegistry } from "./metrics";
import { registerPageRoutes } from "./pages-routes";
import { registerPipeline } from "./pipeline";
import { playgroundPage } from "./playground-page";
import { registerPlaygroundRoutes } from "./playground-routes";
import { Readiness } from "./readiness";
import { registerRuntimeMetrics } from "./runtime-metrics";
import type { TrustedDocuments } from "./trusted-documents";
import { warmUp } from "./warm-up";

export interface AppOptions {
  config: AppConfig;
  db: Database;
  /** Where log lines go (stdout when left out); tests read them. */
  logStream?: { write(line: string): void };
  /** The only documents anonymous clients may run (TRUSTED_DOCUMENTS; see cli/builtin-documents.ts). */
  trustedDocuments?: TrustedDocuments;
}

/**
 * Node's own timeouts on slow and idle clients (see ConnectionsConfig). Node checks the header and
 * request deadlines every `connectionsCheckingInterval` (30 s by default, which would let a slow
 * sender keep its socket for that long past the deadline), so it is checked at least every second.
 */
function httpTimeouts(connections: ConnectionsConfig) {
  return {
    requestTimeout: connections.requestTimeoutMs,
    keepAliveTimeout: connections.keepAliveTimeoutMs,
    connectionTimeout: connections.connectionTimeoutMs,
    http: {
      headersTimeout: connections.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(connections.headersTimeoutMs / 4))),
    },
  };
}

function createFastify(config: AppConfig, logStream: AppOptions["logStream"]): FastifyInstance {
  // One log line per request is noise at load; keep it for debugging only. Each request's logger
  // binds its reqId (X-Request-Id when sent) lazily, so every line it logs, at any level, names it.
  const logRequests = config.logLevel === "debug" || config.logLevel === "trace";
  return Fastify({
    logger: {
      level: config.logLevel,
      redact: ["req.headers.authorization"],
      mixin: traceLogFields,
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: 1024 * 1024,
    ...httpTimeouts(config.http.connections),
    logController: new LogController({ disableRequestLogging: !logRequests }),
    genReqId: requestId,
    childLoggerFactory: lazyChildLogger,
    // While closing, requests on kept-alive connections reach the hooks: GraphQL answers 503 SERVICE_OVERLOADED.
    return503OnClosing: false,
  });
}

/** The API's build: its version and schema (part of every HTTP cache validator). */
function buildIdOf(): string {
  return createHash("sha256")
    .update(`${process.env.npm_package_version ?? ""}\n${printApiSchema()}`)
    .digest("base64url");
}

/** Routes outside the /graphql scope: static assets, the playground, health, the pages. */
async function registerOtherRoutes(app: FastifyInstance, parts: AppParts, readiness: Readiness): Promise<void> {
  await app.register(fastifyStatic, { root: join(projectRoot(), "dist", "public"), prefix: "/assets/", maxAge: "1h" });
  registerPlaygroundRoutes(app, parts.playground);
  registerHealthRoutes(app, readiness, parts.db.name);
  registerPageRoutes(app);
}

/** Builds the HTTP server (not yet listening): GraphQL, playground, health and static assets. */
export async function createApp({ config, db, logStream, trustedDocuments }: AppOptions): Promise<FastifyInstance> {
  if (config.trustedDocuments.mode !== "off" && !trustedDocuments) {
    throw new Error(`TRUSTED_DOCUMENTS=${config.trustedDocuments.mode} but createApp was given no documents`);
  }
  const app = createFastify(config, logStream);
  const registry = metricsRegistry();
  const gate = new AdmissionGate(config.admission);
  const degrees = new DegreeStats(db.forBackground(), config.limits.degreeStatsTtlMs);
  const buildId = buildIdOf();
  registerRuntimeMetrics(registry, { db, schemaId: buildId, maxPoolSize: config.neo4j.maxPoolSize });
  const apollo = createApollo({ config, log: app.log, registry, gate, degrees, trustedDocuments });
  await apollo.start();
  const playground = playgroundPage("/graphql", { trustedDocuments: trustedDocuments !== undefined });
  const parts: AppParts = { config, db, registry, gate, apollo, trustedDocuments, playground, buildId };
  await registerPipeline(app, parts);
  const readiness = new Readiness({
    ping: (ms) => db.ping(ms),
    gate,
    maxQueued: config.admission.readyMaxQueued,
    registry,
  });
  await registerOtherRoutes(app, parts, readiness);
  app.addHook("onReady", async () => readiness.prime());
  app.decorate("warmUp", () => readiness.whileStarting(() => warmUp(app, degrees)));
  return app;
}
