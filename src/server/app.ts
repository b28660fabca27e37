import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import fastifyApollo from "@as-integrations/fastify";
import fastifyCors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import Fastify, { FastifyInstance, FastifyReply, FastifyRequest, LogController } from "fastify";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { authenticate } from "../auth/authenticate";
import type { AppConfig } from "../config/config";
import type { ConnectionsConfig } from "../config/protection-config";
import type { Database } from "../db/database";
import { Context, createContext } from "../graphql/context";
import { errorLogPlugin } from "../graphql/error-log-plugin";
import { formatError } from "../graphql/format-error";
import { documentRules } from "../graphql/document-rules";
import { queryLimitsPlugin } from "../graphql/limits-plugin";
import { buildApiSchema, printApiSchema } from "../graphql/schema";
import { DegreeStats } from "../modules/graph";
import { knownOperationNames } from "./known-operations";
import { operationMetricsPlugin } from "../observability/operation-metrics";
import { lazyChildLogger, requestId } from "../observability/request-logger";
import { traceLogFields } from "../observability/tracing";
import { projectRoot } from "../util/project-root";
import { registerAdmission } from "./admission";
import { clientGone } from "./client-gone";
import { registerClientErrors } from "./client-errors";
import { registerCompression } from "./compression";
import { registerGracefulClose } from "./graceful-close";
import { registerHealthRoutes } from "./health-routes";
import { registerHttpCache } from "./http-cache";
import { registerPageRoutes } from "./pages-routes";
import { Readiness } from "./readiness";
import { registerRuntimeMetrics } from "./runtime-metrics";
import { warmUp } from "./warm-up";
import { registerMetrics } from "./metrics";
import { playgroundPage } from "./playground-page";
import { protectionMetrics } from "./protection-metrics";
import { registerQuerySizeLimit } from "./query-size";
import { registerSecurityHeaders } from "./security-headers";
import { registerTrustedDocuments, TrustedDocuments, trustedDocumentsCache } from "./trusted-documents";

export interface AppOptions {
  config: AppConfig;
  db: Database;
  /** Where log lines go (stdout when left out); tests read them. */
  logStream?: { write(line: string): void };
  /** The only documents anonymous clients may run (TRUSTED_DOCUMENTS; see cli/builtin-documents.ts). */
  trustedDocuments?: TrustedDocuments;
}

function wantsPlayground(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  return request.method === "GET" && !query?.query && (request.headers.accept ?? "").includes("text/html");
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

/** Builds the HTTP server (not yet listening): GraphQL, playground, health and static assets. */
export async function createApp({ config, db, logStream, trustedDocuments }: AppOptions): Promise<FastifyInstance> {
  if (config.trustedDocuments.mode !== "off" && !trustedDocuments) {
    throw new Error(`TRUSTED_DOCUMENTS=${config.trustedDocuments.mode} but createApp was given no documents`);
  }
  // One log line per request is noise at load; keep it for debugging only. Each request's logger
  // binds its reqId (X-Request-Id when sent) lazily, so every line it logs, at any level, names it.
  const logRequests = config.logLevel === "debug" || config.logLevel === "trace";
  const app = Fastify({
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
  app.addHook("onRequest", async (request, reply) => void reply.header("x-request-id", request.id));
  registerClientErrors(app);
  const registry = registerMetrics(app, config.exposure);
  const gate = await registerAdmission(app, config.admission);
  await registerSecurityHeaders(app);
  registerQuerySizeLimit(app, config.limits.maxQueryLength);
  if (trustedDocuments) registerTrustedDocuments(app, trustedDocuments, config.auth);
  await registerCompression(app);
  const schema = buildApiSchema();
  const degrees = new DegreeStats(db.forBackground(), config.limits.degreeStatsTtlMs);
  const buildId = createHash("sha256")
    .update(`${process.env.npm_package_version ?? ""}\n${printApiSchema()}`)
    .digest("base64url");
  registerRuntimeMetrics(registry, { db, schemaId: buildId, maxPoolSize: config.neo4j.maxPoolSize });
  const apollo = new ApolloServer<Context>({
    schema,
    // Bearer tokens, not cookies, carry credentials, so cross-site requests cannot act for a user;
    // plain GET requests (curl, links, the widget) are allowed. Mutations over GET stay refused by Apollo.
    csrfPrevention: false,
    // INTROSPECTION=off refuses __schema / __type (GRAPHQL_VALIDATION_FAILED); on, they are capped (introspection-rules.ts).
    introspection: config.exposure.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        logClientError: (e) => app.log.debug({ err: e }, "request refused"),
        fieldSuggestions: config.exposure.fieldSuggestions,
      }),
    // Document checks in linear time before anything runs (graphql/document-rules.ts); tokens by the parser.
    validationRules: documentRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    // The process stops Apollo once requests have drained (graceful-close.ts), not on a signal.
    stopOnTerminationSignals: false,
    // Trusted documents on: APQ hashes find the listed documents at once, and only those (trusted-documents.ts).
    ...(trustedDocuments ? { persistedQueries: { cache: trustedDocumentsCache(trustedDocuments) } } : {}),
    plugins: [
      // No field sends cache hints; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(schema, config.limits, degrees, protectionMetrics(registry, gate)),
      operationMetricsPlugin({
        registry,
        knownNames: knownOperationNames(),
        maxOperationNames: config.observability.maxOperationNames,
      }),
      errorLogPlugin(app.log),
    ],
  });

  // Reads are public and writes use bearer tokens (never cookies), so cross-origin calls are safe
  // to allow; this is what lets the widget run on other sites. Apollo Client sends its name and version.
  await app.register(fastifyCors, {
    origin: config.http.corsOrigins === "*" ? "*" : config.http.corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "authorization",
      "apollo-require-preflight",
      "apollographql-client-name",
      "apollographql-client-version",
      "x-request-id",
      // W3C trace context, so a browser's traces continue through the API.
      "traceparent",
      "tracestate",
    ],
    exposedHeaders: ["etag", "x-request-id"],
    maxAge: 600,
  });
  const httpCache = registerHttpCache(app, { db, maxAgeSeconds: config.http.cacheMaxAgeSeconds, buildId });
  apollo.addPlugin(httpCache);
  await apollo.start();
  registerGracefulClose(app, { gate, apollo, graceMs: config.http.shutdownGraceMs });
  await app.register(fastifyStatic, { root: join(projectRoot(), "dist", "public"), prefix: "/assets/", maxAge: "1h" });

  const playground = playgroundPage("/graphql", { trustedDocuments: trustedDocuments !== undefined });
  const sendPlayground = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.type("text/html; charset=utf-8").send(playground);
  app.get("/", sendPlayground);
  app.get("/favicon.ico", (_request, reply) => reply.code(204).send());
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.split("?")[0] === "/graphql" && wantsPlayground(request)) {
      return reply.type("text/html; charset=utf-8").send(playground);
    }
  });
  await app.register(fastifyApollo(apollo), {
    path: "/graphql",
    method: ["GET", "POST", "OPTIONS"],
    context: async (request, reply) => {
      const { viewer, problem } = await authenticate({
        authorization: request.headers.authorization,
        auth: config.auth,
      });
      return createContext({
        db,
        config,
        viewer,
        authProblem: problem,
        log: request.log,
        graphqlEtag: request.graphqlEtag,
        signal: clientGone(reply),
      });
    },
  });
  const readiness = new Readiness({
    ping: (ms) => db.ping(ms),
    gate,
    maxQueued: config.admission.readyMaxQueued,
    registry,
  });
  registerHealthRoutes(app, readiness, db.name);
  app.addHook("onReady", async () => readiness.prime());
  app.decorate("warmUp", () => readiness.whileStarting(() => warmUp(app, degrees)));
  registerPageRoutes(app);
  return app;
}
