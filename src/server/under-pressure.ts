import underPressure from "@fastify/under-pressure";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AdmissionConfig } from "../config/protection-config";
import { RETRY_AFTER_SECONDS } from "../errors/api-errors";
import { shed } from "./admission";

/** What pressure sheds: GraphQL requests (any path the /graphql scope would serve, OPTIONS aside). */
const isGraphql = (request: FastifyRequest) => request.method !== "OPTIONS" && request.url.split("?")[0] === "/graphql";

/**
 * @fastify/under-pressure sheds GraphQL requests with 503 SERVICE_OVERLOADED while the event loop
 * lags past MAX_EVENT_LOOP_DELAY_MS or the heap passes MAX_HEAP_USED_MB; health checks and pages
 * still answer. Pressure is the process's, so this is registered app-wide (see graphql-pipeline.ts
 * for why its onRequest hook stays ahead of the security headers and CORS), hence the path test.
 */
export async function registerUnderPressure(app: FastifyInstance, config: AdmissionConfig): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes,
    retryAfter: RETRY_AFTER_SECONDS,
    // Resolving lets other routes through; a GraphQL request has been answered by then.
    pressureHandler: async (request, reply) => {
      if (isGraphql(request)) await shed(reply, "The server is under pressure; try again shortly.");
    },
  });
}
