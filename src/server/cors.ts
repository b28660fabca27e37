import fastifyCors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../config/config";

/**
 * Reads are public and writes use bearer tokens (never cookies), so cross-origin calls are safe
 * to allow; this is what lets the widget run on other sites. Apollo Client sends its name and version.
 */
export async function registerCors(app: FastifyInstance, origins: AppConfig["http"]["corsOrigins"]): Promise<void> {
  await app.register(fastifyCors, {
    origin: origins === "*" ? "*" : origins,
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
}
