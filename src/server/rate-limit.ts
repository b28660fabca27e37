import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { AdmissionConfig } from "../config/protection-config";
import { RateLimitedError } from "../errors/api-errors";

/**
 * Optional per-client rate limiting of /graphql (@fastify/rate-limit, off unless
 * RATE_LIMIT_PER_MINUTE is set): past the limit, 429 RATE_LIMITED with Retry-After. The plugin
 * hooks each route added after it, so it is registered in the /graphql scope before the route.
 */
export async function registerRateLimit(scope: FastifyInstance, config: AdmissionConfig): Promise<void> {
  if (config.rateLimitPerMinute <= 0) return;
  await scope.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Thrown, and answered by client-errors.ts like every refusal (429, Retry-After set by the plugin).
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(`Too many requests: at most ${context.max} a minute; try again in ${context.after}.`),
  });
}
