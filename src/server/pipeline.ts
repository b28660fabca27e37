import type { FastifyInstance } from "fastify";
import { registerAdmission } from "./admission";
import type { AppParts } from "./app-parts";
import { registerClientErrors } from "./client-errors";
import { registerCompression } from "./compression";
import { registerCors } from "./cors";
import { registerGracefulClose } from "./graceful-close";
import { registerGraphqlRoute } from "./graphql-route";
import { registerHttpCache } from "./http-cache";
import { registerMetrics } from "./metrics";
import { servePlaygroundOnGraphql } from "./playground-routes";
import { registerQuerySizeLimit } from "./query-size";
import { registerRateLimit } from "./rate-limit";
import { registerSecurityHeaders } from "./security-headers";
import { registerTrustedDocuments } from "./trusted-documents";
import { registerUnderPressure } from "./under-pressure";

/** One step of the pipeline: a protection (or plumbing a protection needs), one file each. */
interface Step {
  name: string;
  register(app: FastifyInstance, parts: AppParts): unknown;
}

/*
 * Fastify runs hooks of one kind (onRequest, preValidation, preHandler, onSend...) in the order
 * they were added, those of the app before those of a scope, and a scope inherits only the app's
 * hooks added before the scope was; plugins that hook routes as they are added (onRoute) hook only
 * the routes added after them. So the order below is the behaviour: change it only on purpose.
 */

/** App-wide, for every route, in this order, before the /graphql scope (which inherits them). */
const APP_WIDE: readonly Step[] = [
  // First onRequest hook: every answer names its request (X-Request-Id), refusals included.
  {
    name: "request id",
    register: (app) =>
      app.addHook("onRequest", async (request, reply) => void reply.header("x-request-id", request.id)),
  },
  // onResponse timing of every route; /metrics is added here, before compression, so it is sent as is.
  { name: "metrics", register: (app, { registry, config }) => registerMetrics(app, registry, config.exposure) },
  // Pressure is the whole process's. Its onRequest hook sheds GraphQL requests before the security
  // headers and CORS add theirs (so its 503 carries neither, as it always did), hence app-wide.
  { name: "under pressure", register: (app, { config }) => registerUnderPressure(app, config.admission) },
  // onRequest: CSP, framing and nosniff on every answer, pages and GraphQL alike.
  { name: "security headers", register: (app) => registerSecurityHeaders(app) },
  // Hooks (onRoute) every route added after it: all but /metrics; /graphql's ETag suffix depends on
  // its onSend running before the HTTP cache's (added in the /graphql scope).
  { name: "compression", register: (app) => registerCompression(app) },
  // Cross-origin calls (the widget on other sites), preflights included, on every route.
  { name: "cors", register: (app, { config }) => registerCors(app, config.http.corsOrigins) },
  // While closing, every answer (GraphQL's too: added before its scope) says Connection: close;
  // shutdown stops Apollo after the last request.
  {
    name: "graceful close",
    register: (app, { gate, apollo, config }) =>
      registerGracefulClose(app, { gate, apollo, graceMs: config.http.shutdownGraceMs }),
  },
];

/** The /graphql scope's own guards, in this order, then the GraphQL route itself. */
const GRAPHQL_GUARDS: readonly Step[] = [
  // The scope's error handler: Fastify's 4xx (body too large, media type, bad JSON) and errors the
  // hooks below throw (RATE_LIMITED) answer in the GraphQL error shape. Not a hook: order-free.
  { name: "client errors", register: (scope) => registerClientErrors(scope) },
  // onRequest, after the app's (pressure sheds it first): a browser's GET gets the page, before
  // any limit counts it.
  { name: "playground", register: (scope, { playground }) => servePlaygroundOnGraphql(scope, playground) },
  // Hooks the route as it is added (a route onRequest hook, after all the above): before the route.
  { name: "rate limit", register: (scope, { config }) => registerRateLimit(scope, config.admission) },
  // preValidation: once the body has been read, so a slow sender holds a socket but never a slot.
  { name: "admission", register: (scope, { gate }) => registerAdmission(scope, gate) },
  // preHandler: the cheapest document check, before anything hashes or parses the text.
  {
    name: "query size",
    register: (scope, { config }) => registerQuerySizeLimit(scope, config.limits.maxQueryLength),
  },
  // preHandler: before the HTTP cache, so no 304 is given for a document that may not run.
  {
    name: "trusted documents",
    register: (scope, { trustedDocuments, config }) =>
      trustedDocuments && registerTrustedDocuments(scope, trustedDocuments, config.auth),
  },
  // preHandler, last: a 304 only for what every guard let through; its onSend (onRoute) after compression's.
  {
    name: "http cache",
    register: (scope, { db, config, buildId }) =>
      registerHttpCache(scope, { db, maxAgeSeconds: config.http.cacheMaxAgeSeconds, buildId }),
  },
];

/** Registers the app-wide steps, then /graphql in its own scope: its guards, then the route. */
export async function registerPipeline(app: FastifyInstance, parts: AppParts): Promise<void> {
  for (const step of APP_WIDE) await step.register(app, parts);
  // A plain (encapsulated) plugin: what it registers applies to /graphql alone.
  await app.register(async (scope) => {
    for (const step of GRAPHQL_GUARDS) await step.register(scope, parts);
    await registerGraphqlRoute(scope, parts);
  });
}
