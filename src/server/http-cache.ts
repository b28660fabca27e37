import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance, FastifyReply } from "fastify";
import { createHash } from "node:crypto";
import { OperationTypeNode } from "graphql";
import type { Database } from "../db/database";
import { GraphVersionReader } from "../db/graph-version";

declare module "fastify" {
  interface FastifyRequest {
    /** The strong ETag a cacheable GET /graphql answer gets (null: not cacheable, e.g. no graph version). */
    graphqlEtag: string | null;
  }
}

export interface HttpCacheOptions {
  db: Database;
  /** Cache-Control max-age of GET reads, in seconds (HTTP_CACHE_MAX_AGE); 0 means revalidate every time. */
  maxAgeSeconds: number;
  /** Changes when the API's answers could change for the same graph (its schema and version). */
  buildId: string;
}

/** The encodings @fastify/compress may add; an ETag names the encoding of the bytes it stands for. */
const ENCODING_SUFFIX = /-(br|gzip|deflate)$/;

/** The request headers a cacheable answer depends on besides its URL (CORS adds Origin when origins are listed). */
const VARY = ["Accept", "Accept-Encoding"];

/** Adds names to the Vary header without dropping those other plugins set (CORS's Origin). */
function addVary(reply: FastifyReply, names: readonly string[]): void {
  const current = String(reply.getHeader("vary") ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  const lower = new Set(current.map((v) => v.toLowerCase()));
  reply.header("vary", [...current, ...names.filter((n) => !lower.has(n.toLowerCase()))].join(", "));
}

/** Opaque tags of an If-None-Match header, weak prefixes and encoding suffixes set aside (RFC 9110 weak comparison). */
function requestedTags(header: string | undefined): string[] {
  if (!header) return [];
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "").replace(/^"|"$/g, "").replace(ENCODING_SUFFIX, "");
  return header.split(",").map(opaque);
}

function cacheControlOf(maxAgeSeconds: number): string {
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : "public, no-cache";
}

/**
 * HTTP caching of public reads. A GET /graphql answer without errors carries `Cache-Control:
 * public, max-age` and a strong ETag made of the graph version (bumped in the same transaction
 * as every curation write and seed load), the API's build and the request itself; a GET whose
 * If-None-Match still matches gets 304 after one tiny read of the version, before any parsing or
 * execution. POST and everything else is `no-store`. Registered in the /graphql scope; the
 * answers themselves are marked by `httpCachePlugin` (Apollo's side).
 */
export function registerHttpCache(scope: FastifyInstance, options: HttpCacheOptions): void {
  const { db, maxAgeSeconds, buildId } = options;
  const versions = new GraphVersionReader(db);
  const cacheControl = cacheControlOf(maxAgeSeconds);
  scope.decorateRequest("graphqlEtag", null);

  // preHandler: after CORS and the playground page (onRequest), so a 304 carries CORS headers too.
  scope.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET") return;
    // Neo4j down: no validator, no 304; the operation itself then reports DATABASE_UNAVAILABLE.
    const version = await versions.read().catch(() => null);
    if (version === null) return;
    const validated = `${buildId}\n${version}\n${request.headers.accept ?? ""}\n${request.url}`;
    const tag = createHash("sha256").update(validated).digest("base64url").slice(0, 32);
    request.graphqlEtag = `"${tag}"`;
    if (requestedTags(request.headers["if-none-match"]).some((t) => t === tag || t === "*")) {
      addVary(reply, VARY);
      return reply.code(304).header("etag", request.graphqlEtag).header("cache-control", cacheControl).send();
    }
  });

  // After @fastify/compress (a route-level onSend added before this one): a compressed answer is
  // other bytes, so its strong ETag names the encoding (`"tag-gzip"`); If-None-Match accepts either.
  scope.addHook("onRoute", (route) => {
    const hooks = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
    route.onSend = [
      ...hooks,
      async (_request, reply, payload) => {
        if (reply.getHeader("cache-control") === "no-store") return payload;
        addVary(reply, VARY);
        const etag = reply.getHeader("etag");
        const encoding = reply.getHeader("content-encoding");
        if (typeof etag === "string" && typeof encoding === "string" && encoding !== "identity") {
          reply.header("etag", `${etag.slice(0, -1)}-${encoding}"`);
        }
        return payload;
      },
    ];
  });
}

/** Apollo's side of the HTTP cache: marks a cacheable GET answer with its Cache-Control and ETag, all else no-store. */
export function httpCachePlugin(maxAgeSeconds: number): ApolloServerPlugin {
  const cacheControl = cacheControlOf(maxAgeSeconds);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue }) {
          const etag = (contextValue as { graphqlEtag?: string | null }).graphqlEtag ?? null;
          const cacheable =
            request.http?.method === "GET" &&
            etag !== null &&
            operation?.operation === OperationTypeNode.QUERY &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors &&
            // A curator's answer holds what anonymous readers do not see (updatedBy): never shared.
            !(contextValue as { viewer?: unknown }).viewer;
          const headers = response.http.headers;
          if (!cacheable) {
            headers.set("cache-control", "no-store");
            return;
          }
          headers.set("cache-control", cacheControl);
          headers.set("etag", etag);
        },
      };
    },
  };
}
