import { ConfigError, Env, flag, integer, optionalText, text } from "./env-values";

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
  /** How long degree statistics (the cost model's fan-out) are reused before they are read again. */
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
  /** GET /metrics needs `Authorization: Bearer <token>` when set. */
  metricsToken: string | undefined;
  /** Serves /metrics on this port (on metricsHost) instead of the API's port. */
  metricsPort: number | undefined;
  metricsHost: string;
}

export function loadLimits(env: Env): LimitsConfig {
  return {
    maxPageSize: integer(env, "MAX_PAGE_SIZE", 100, 1, 10_000),
    maxDepth: integer(env, "MAX_QUERY_DEPTH", 12, 2, 100),
    maxComplexity: integer(env, "MAX_QUERY_COMPLEXITY", 50_000, 10, 1_000_000_000_000),
    maxAliases: integer(env, "MAX_QUERY_ALIASES", 30, 1, 10_000),
    maxDirectives: integer(env, "MAX_QUERY_DIRECTIVES", 50, 1, 10_000),
    maxTokens: integer(env, "MAX_QUERY_TOKENS", 5_000, 100, 1_000_000),
    maxQueryLength: integer(env, "MAX_QUERY_LENGTH", 100_000, 100, 10_000_000),
    maxLinksPerList: integer(env, "MAX_LINKS_PER_LIST", 100, 1, 10_000),
    maxResultItems: integer(env, "MAX_RESULT_ITEMS", 10_000, 10, 10_000_000),
    maxResultBytes: integer(env, "MAX_RESULT_BYTES", 4_000_000, 10_000, 1_000_000_000),
    dbConcurrencyPerRequest: integer(env, "MAX_DB_CALLS_PER_REQUEST", 2, 1, 1_000),
    degreeStatsTtlMs: integer(env, "DEGREE_STATS_TTL_MS", 60_000, 1_000, 86_400_000),
  };
}

export function loadAdmission(env: Env): AdmissionConfig {
  return {
    maxConcurrent: integer(env, "MAX_CONCURRENT_REQUESTS", 24, 1, 100_000),
    maxQueued: integer(env, "MAX_QUEUED_REQUESTS", 256, 0, 1_000_000),
    maxQueueWaitMs: integer(env, "MAX_QUEUE_WAIT_MS", 2_000, 0, 600_000),
    maxEventLoopDelayMs: integer(env, "MAX_EVENT_LOOP_DELAY_MS", 1_000, 0, 600_000),
    maxHeapUsedBytes: integer(env, "MAX_HEAP_USED_MB", 1_536, 0, 1_000_000) * 1024 * 1024,
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 0, 0, 10_000_000),
    readyMaxQueued: integer(env, "READY_MAX_QUEUED_REQUESTS", 32, 0, 1_000_000),
  };
}

export function loadExposure(env: Env): ExposureConfig {
  const metricsToken = optionalText(env, "METRICS_TOKEN");
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new ConfigError("METRICS_TOKEN", "a token of at least 16 characters", "a shorter token");
  }
  const port = integer(env, "METRICS_PORT", 0, 0, 65_535);
  return {
    // graphql-js suggests field names from the schema; off in production so the schema is not spelled out to strangers.
    fieldSuggestions: flag(env, "GRAPHQL_FIELD_SUGGESTIONS", env.NODE_ENV !== "production"),
    metricsToken,
    metricsPort: port === 0 ? undefined : port,
    metricsHost: text(env, "METRICS_HOST", "127.0.0.1"),
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

export function loadConnections(env: Env): ConnectionsConfig {
  const headersTimeoutMs = integer(env, "HEADERS_TIMEOUT_MS", 5_000, 100, 600_000);
  const requestTimeoutMs = integer(env, "REQUEST_TIMEOUT_MS", 10_000, 100, 600_000);
  // Node refuses a headers timeout longer than the request timeout; say so in one line instead.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError(
      "HEADERS_TIMEOUT_MS",
      `at most REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
      String(headersTimeoutMs),
    );
  }
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, "KEEP_ALIVE_TIMEOUT_MS", 72_000, 100, 3_600_000),
    connectionTimeoutMs: integer(env, "CONNECTION_TIMEOUT_MS", 60_000, 1_000, 3_600_000),
  };
}
