import type { z } from "zod";
import { flag, integer, optionalFlag, optionalText, secret, text } from "./env-values";

/** The parsed values of a shape of environment variables. */
type EnvValues<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape>>;

/** What one request may ask for: checked on the document before it runs, and counted while it runs. */
export interface LimitsConfig {
  maxPageSize: number;
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Characters of the query text. */
  maxQueryLength: number;
  /** Items of one link list (a node's causes, relations...). */
  maxLinksPerList: number;
  /** Items (list entries) and bytes one request may produce; crossing either stops it with QUERY_TOO_COMPLEX. */
  maxResultItems: number;
  maxResultBytes: number;
  /** Database calls one request may have running at once. */
  dbConcurrencyPerRequest: number;
  /**
   * How often a process checks whether the graph changed, and so whether its degree statistics (the cost
   * model's fan-out) must be read again (from Neo4j, where one process stores them per graph version).
   */
  degreeStatsTtlMs: number;
}

/** Load the whole process accepts before it sheds with 503 SERVICE_OVERLOADED. */
export interface AdmissionConfig {
  maxConcurrent: number;
  maxQueued: number;
  maxQueueWaitMs: number;
  /** 0 turns the check off. */
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
  /** Requests per minute per client IP on /graphql; 0 (the default) turns rate limiting off. */
  rateLimitPerMinute: number;
  /** /readyz says 503 while this many GraphQL requests wait for a slot (0: never for this reason). */
  readyMaxQueued: number;
}

/** What a stranger can learn from the server. */
export interface ExposureConfig {
  /** "Did you mean ...?" hints in validation errors. */
  fieldSuggestions: boolean;
  /** `__schema` / `__type` answered (the playground needs it); off refuses them. */
  introspection: boolean;
  /** GET /metrics needs `Authorization: Bearer <token>` when set. */
  metricsToken: string | undefined;
  /** Serves /metrics on this port (on metricsHost) instead of the API's port. */
  metricsPort: number | undefined;
  metricsHost: string;
}

/** MAX_* limits of one request (zod shape; keys are the variables). */
export const limitsEnv = {
  MAX_PAGE_SIZE: integer(1, 10_000, 100),
  MAX_QUERY_DEPTH: integer(2, 100, 12),
  MAX_QUERY_COMPLEXITY: integer(10, 1_000_000_000_000, 50_000),
  MAX_QUERY_ALIASES: integer(1, 10_000, 30),
  MAX_QUERY_DIRECTIVES: integer(1, 10_000, 50),
  MAX_QUERY_TOKENS: integer(100, 1_000_000, 5_000),
  MAX_QUERY_LENGTH: integer(100, 10_000_000, 100_000),
  MAX_LINKS_PER_LIST: integer(1, 10_000, 100),
  MAX_RESULT_ITEMS: integer(10, 10_000_000, 10_000),
  MAX_RESULT_BYTES: integer(10_000, 1_000_000_000, 4_000_000),
  MAX_DB_CALLS_PER_REQUEST: integer(1, 1_000, 2),
  DEGREE_STATS_TTL_MS: integer(1_000, 86_400_000, 60_000),
};

export function limitsFrom(env: EnvValues<typeof limitsEnv>): LimitsConfig {
  return {
    maxPageSize: env.MAX_PAGE_SIZE,
    maxDepth: env.MAX_QUERY_DEPTH,
    maxComplexity: env.MAX_QUERY_COMPLEXITY,
    maxAliases: env.MAX_QUERY_ALIASES,
    maxDirectives: env.MAX_QUERY_DIRECTIVES,
    maxTokens: env.MAX_QUERY_TOKENS,
    maxQueryLength: env.MAX_QUERY_LENGTH,
    maxLinksPerList: env.MAX_LINKS_PER_LIST,
    maxResultItems: env.MAX_RESULT_ITEMS,
    maxResultBytes: env.MAX_RESULT_BYTES,
    dbConcurrencyPerRequest: env.MAX_DB_CALLS_PER_REQUEST,
    degreeStatsTtlMs: env.DEGREE_STATS_TTL_MS,
  };
}

export const admissionEnv = {
  MAX_CONCURRENT_REQUESTS: integer(1, 100_000, 24),
  MAX_QUEUED_REQUESTS: integer(0, 1_000_000, 256),
  MAX_QUEUE_WAIT_MS: integer(0, 600_000, 2_000),
  MAX_EVENT_LOOP_DELAY_MS: integer(0, 600_000, 1_000),
  MAX_HEAP_USED_MB: integer(0, 1_000_000, 1_536),
  RATE_LIMIT_PER_MINUTE: integer(0, 10_000_000, 0),
  READY_MAX_QUEUED_REQUESTS: integer(0, 1_000_000, 32),
};

export function admissionFrom(env: EnvValues<typeof admissionEnv>): AdmissionConfig {
  return {
    maxConcurrent: env.MAX_CONCURRENT_REQUESTS,
    maxQueued: env.MAX_QUEUED_REQUESTS,
    maxQueueWaitMs: env.MAX_QUEUE_WAIT_MS,
    maxEventLoopDelayMs: env.MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedBytes: env.MAX_HEAP_USED_MB * 1024 * 1024,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    readyMaxQueued: env.READY_MAX_QUEUED_REQUESTS,
  };
}

export const exposureEnv = {
  NODE_ENV: optionalText(),
  GRAPHQL_FIELD_SUGGESTIONS: optionalFlag(),
  INTROSPECTION: flag(true),
  METRICS_TOKEN: secret(16, "a token"),
  METRICS_PORT: integer(0, 65_535, 0),
  METRICS_HOST: text("127.0.0.1"),
};

export function exposureFrom(env: EnvValues<typeof exposureEnv>): ExposureConfig {
  return {
    // graphql-js suggests field names from the schema; off in production so the schema is not spelled out to strangers.
    fieldSuggestions: env.GRAPHQL_FIELD_SUGGESTIONS ?? env.NODE_ENV !== "production",
    introspection: env.INTROSPECTION,
    metricsToken: env.METRICS_TOKEN,
    metricsPort: env.METRICS_PORT === 0 ? undefined : env.METRICS_PORT,
    metricsHost: env.METRICS_HOST,
  };
}

/**
 * How long the HTTP server waits on a client (Node's http.Server timeouts, set through Fastify).
 * A client that sends its headers or its body slowly, idles between requests, or stops reading an
 * answer is cut off after these, so idle sockets cannot pile up.
 */
export interface ConnectionsConfig {
  /** The request line and headers must arrive within this (408 and closed otherwise). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (408 and closed otherwise). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic either way (a client that stops reading its answer) is closed after this. */
  connectionTimeoutMs: number;
}

export const connectionsEnv = {
  HEADERS_TIMEOUT_MS: integer(100, 600_000, 5_000),
  REQUEST_TIMEOUT_MS: integer(100, 600_000, 10_000),
  KEEP_ALIVE_TIMEOUT_MS: integer(100, 3_600_000, 72_000),
  CONNECTION_TIMEOUT_MS: integer(1_000, 3_600_000, 60_000),
};

export function connectionsFrom(env: EnvValues<typeof connectionsEnv>): ConnectionsConfig {
  return {
    headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeoutMs: env.CONNECTION_TIMEOUT_MS,
  };
}
