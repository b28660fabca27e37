import { isAbsolute, join } from "node:path";
import { LOG_FORMATS, LogFormat } from "../observability/log-format";
import { projectRoot } from "../util/project-root";
import { z } from "zod";
import { configErrorOf, Env, flag, integer, list, oneOf, optionalText, secret, text, url } from "./env-values";
import {
  AdmissionConfig,
  admissionEnv,
  admissionFrom,
  ConnectionsConfig,
  connectionsEnv,
  connectionsFrom,
  ExposureConfig,
  exposureEnv,
  exposureFrom,
  LimitsConfig,
  limitsEnv,
  limitsFrom,
} from "./protection-config";

export { ConfigError } from "./env-values";

const NEO4J_SCHEMES = "(schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc)";
const CORS_EXPECTED = '"*" or comma-separated origins like https://example.org (scheme, host and port only)';

const READ_TRANSACTION_MODES = ["auto-commit", "managed"] as const;
const TRUSTED_DOCUMENT_MODES = ["off", "builtin", "file"] as const;
type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];
type ReadTransactionMode = (typeof READ_TRANSACTION_MODES)[number];

/** Everything the process reads from its environment, checked once at boot. */
export interface AppConfig {
  neo4j: {
    /** Unset: the project's own local Neo4j is started (or reused). */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    /** Per-transaction timeout, so one runaway traversal cannot hold the database. */
    queryTimeoutMs: number;
    maxPoolSize: number;
    acquisitionTimeoutMs: number;
    /**
     * How a read of one statement runs: "auto-commit" (one round trip, the default) or "managed"
     * (BEGIN, RUN, COMMIT through executeRead), for the benchmark's price of transaction mode.
     */
    readTransactions: ReadTransactionMode;
  };
  localNeo4j: { boltPort: number; dataDir: string; heapMb: number; pageCacheMb: number };
  http: {
    port: number;
    host: string;
    /** Origins allowed to call /graphql from a browser ("*" for any), so the widget can be embedded elsewhere. */
    corsOrigins: "*" | string[];
    /** Cache-Control max-age of GET reads in seconds; answers revalidate with their ETag after that. */
    cacheMaxAgeSeconds: number;
    /** On SIGTERM, how long running requests may finish before their connections are cut. */
    shutdownGraceMs: number;
    /** Timeouts on slow, idle and silent clients. */
    connections: ConnectionsConfig;
  };
  logLevel: string;
  /** Lines on stdout: "json", "pretty", or "auto" (pretty on a terminal, JSON otherwise). */
  logFormat: LogFormat;
  auth: {
    curatorApiKeys: string[];
    jwtSecret: string | undefined;
    /** When set, a JWT's `iss` / `aud` must match. */
    jwtIssuer: string | undefined;
    jwtAudience: string | undefined;
    /** Longest life a JWT may claim (exp - iat, or exp - now without iat). */
    jwtMaxLifetimeSeconds: number;
  };
  limits: LimitsConfig;
  /**
   * Plan link reads from the query (LOOK_AHEAD, links/look-ahead.ts): read the link lists selected
   * under a root entity with it in one query. Off: every list is read by the batched link loader.
   */
  lookAhead: boolean;
  admission: AdmissionConfig;
  exposure: ExposureConfig;
  /**
   * Trusted documents (TRUSTED_DOCUMENTS): "off" runs any document; "builtin" only the project's own
   * operations; "file" only those of the JSON manifest at `file`. Curators may always send any.
   */
  trustedDocuments: { mode: TrustedDocumentMode; file: string | undefined };
  observability: {
    /** Distinct operation names the per-operation metrics label as themselves (beyond the project's own). */
    maxOperationNames: number;
    /** OTLP/HTTP collector URL; tracing is off when unset (read again by the tracing bootstrap). */
    otlpEndpoint: string | undefined;
  };
}

const corsOrigin = z
  .url({ protocol: /^https?$/, error: CORS_EXPECTED })
  .refine((origin) => URL.canParse(origin) && new URL(origin).origin === origin, { error: CORS_EXPECTED });

/** Every variable the process reads, with its rule and default (see the README's configuration table). */
const envSchema = z
  .object({
    NEO4J_URI: url(/^(neo4j|bolt)(\+s|\+ssc)?$/, "a URI like bolt://host:7687 or neo4j://host " + NEO4J_SCHEMES),
    NEO4J_USER: text("neo4j"),
    NEO4J_PASSWORD: text(""),
    // Neo4j database names: letters, digits, dots and dashes, starting with a letter.
    NEO4J_DATABASE: text("neo4j").pipe(
      z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, {
        error: "a Neo4j database name (letters, digits, '.', '-'; 3-63 chars)",
      }),
    ),
    NEO4J_QUERY_TIMEOUT_MS: integer(100, 600_000, 10_000),
    NEO4J_MAX_POOL_SIZE: integer(1, 10_000, 50),
    NEO4J_ACQUISITION_TIMEOUT_MS: integer(100, 600_000, 5_000),
    NEO4J_READ_TRANSACTIONS: oneOf(READ_TRANSACTION_MODES, "auto-commit"),
    NEO4J_BOLT_PORT: integer(1, 65535, 7687),
    NEO4J_DATA_DIR: text(".neo4j"),
    NEO4J_HEAP_MB: integer(256, 65536, 1024),
    NEO4J_PAGECACHE_MB: integer(16, 65536, 256),
    PORT: integer(0, 65535, 4000),
    HOST: text("0.0.0.0"),
    CORS_ORIGINS: z.preprocess(
      (raw) => (typeof raw === "string" && raw.trim() !== "*" ? raw : undefined),
      list(corsOrigin).transform((origins) => (origins.length === 0 ? ("*" as const) : origins)),
    ),
    HTTP_CACHE_MAX_AGE: integer(0, 31_536_000, 60),
    SHUTDOWN_GRACE_MS: integer(0, 3_600_000, 25_000),
    ...connectionsEnv,
    LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
    LOG_FORMAT: oneOf(LOG_FORMATS, "auto"),
    CURATOR_API_KEYS: list(
      z.string().refine((key) => key.length >= 16, {
        error: "comma-separated keys of at least 16 characters each",
        params: { got: "a key that is too short" },
      }),
    ),
    JWT_SECRET: secret(32, "a secret", false),
    JWT_ISSUER: optionalText(),
    JWT_AUDIENCE: optionalText(),
    JWT_MAX_LIFETIME_SECONDS: integer(60, 31_536_000, 86_400),
    ...limitsEnv,
    LOOK_AHEAD: flag(true),
    ...admissionEnv,
    ...exposureEnv,
    TRUSTED_DOCUMENTS: oneOf(TRUSTED_DOCUMENT_MODES, "off"),
    TRUSTED_DOCUMENTS_FILE: optionalText(),
    METRICS_MAX_OPERATION_NAMES: integer(0, 10_000, 100),
    OTEL_EXPORTER_OTLP_ENDPOINT: url(/^https?$/, "an http(s) URL like http://localhost:4318"),
  })
  .superRefine((env, ctx) => {
    const refuse = (variable: string, expected: string, got: string) =>
      ctx.addIssue({ code: "custom", path: [variable], message: expected, params: { got } });
    // Admitted requests times the database calls each may run must leave the pool a connection (for
    // readiness and statistics reads): otherwise requests wait on the pool and fail SERVICE_OVERLOADED
    // after NEO4J_ACQUISITION_TIMEOUT_MS instead of being shed at once.
    const { MAX_CONCURRENT_REQUESTS: running, MAX_DB_CALLS_PER_REQUEST: calls, NEO4J_MAX_POOL_SIZE: pool } = env;
    if (running * calls >= pool) {
      refuse(
        "MAX_CONCURRENT_REQUESTS",
        `MAX_CONCURRENT_REQUESTS x MAX_DB_CALLS_PER_REQUEST below NEO4J_MAX_POOL_SIZE (${pool})`,
        `${running} x ${calls} = ${running * calls}`,
      );
    }
    // Node refuses a headers timeout longer than the request timeout; say so in one line instead.
    if (env.HEADERS_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
      const expected = `at most REQUEST_TIMEOUT_MS (${env.REQUEST_TIMEOUT_MS})`;
      refuse("HEADERS_TIMEOUT_MS", expected, String(env.HEADERS_TIMEOUT_MS));
    }
    const file = env.TRUSTED_DOCUMENTS_FILE;
    if (env.TRUSTED_DOCUMENTS === "file" && file === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRUSTED_DOCUMENTS_FILE"],
        message: "the path of a JSON manifest (TRUSTED_DOCUMENTS=file)",
      });
    }
    // A file given without the mode would leave every document accepted while its owner thinks otherwise.
    if (env.TRUSTED_DOCUMENTS !== "file" && file !== undefined) {
      refuse("TRUSTED_DOCUMENTS", "file (TRUSTED_DOCUMENTS_FILE is set)", env.TRUSTED_DOCUMENTS);
    }
  });

/** A path as given when absolute, else from the project's root. */
const fromRoot = (path: string) => (isAbsolute(path) ? path : join(projectRoot(), path));

export function loadConfig(env: Env = process.env): AppConfig {
  const parsed = envSchema.safeParse(env, { reportInput: true });
  if (!parsed.success) throw configErrorOf(parsed.error, env);
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      readTransactions: e.NEO4J_READ_TRANSACTIONS,
    },
    localNeo4j: {
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: fromRoot(e.NEO4J_DATA_DIR),
      heapMb: e.NEO4J_HEAP_MB,
      pageCacheMb: e.NEO4J_PAGECACHE_MB,
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      corsOrigins: e.CORS_ORIGINS,
      cacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      connections: connectionsFrom(e),
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    auth: {
      curatorApiKeys: e.CURATOR_API_KEYS,
      jwtSecret: e.JWT_SECRET,
      jwtIssuer: e.JWT_ISSUER,
      jwtAudience: e.JWT_AUDIENCE,
      jwtMaxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
    },
    limits: limitsFrom(e),
    lookAhead: e.LOOK_AHEAD,
    admission: admissionFrom(e),
    exposure: exposureFrom(e),
    trustedDocuments: {
      mode: e.TRUSTED_DOCUMENTS,
      file: e.TRUSTED_DOCUMENTS_FILE === undefined ? undefined : fromRoot(e.TRUSTED_DOCUMENTS_FILE),
    },
    observability: {
      maxOperationNames: e.METRICS_MAX_OPERATION_NAMES,
      otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    },
  };
}
