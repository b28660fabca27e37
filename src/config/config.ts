import { isAbsolute, join } from "node:path";
import { projectRoot } from "../util/project-root";
import { ConfigError, Env, flag, integer, oneOf, optionalText, text } from "./env-values";
import {
  AdmissionConfig,
  ConnectionsConfig,
  ExposureConfig,
  LimitsConfig,
  loadAdmission,
  loadConnections,
  loadExposure,
  loadLimits,
} from "./protection-config";

export { ConfigError } from "./env-values";

export const READ_TRANSACTION_MODES = ["auto-commit", "managed"] as const;
export const TRUSTED_DOCUMENT_MODES = ["off", "builtin", "file"] as const;
export type TrustedDocumentMode = (typeof TRUSTED_DOCUMENT_MODES)[number];
export type ReadTransactionMode = (typeof READ_TRANSACTION_MODES)[number];

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

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

function neo4jUri(env: Env): string | undefined {
  const raw = env.NEO4J_URI;
  if (raw === undefined || raw === "") return undefined;
  const expected = `a URI like bolt://host:7687 or neo4j://host (schemes: ${NEO4J_SCHEMES.join(", ")})`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("NEO4J_URI", expected, raw);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol.replace(/:$/, "")) || !url.hostname) {
    throw new ConfigError("NEO4J_URI", expected, raw);
  }
  return raw;
}

function database(env: Env): string {
  const value = text(env, "NEO4J_DATABASE", "neo4j");
  // Neo4j database names: letters, digits, dots and dashes, starting with a letter.
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(value)) {
    throw new ConfigError("NEO4J_DATABASE", "a Neo4j database name (letters, digits, '.', '-'; 3-63 chars)", value);
  }
  return value;
}

function apiKeys(env: Env): string[] {
  const raw = env.CURATOR_API_KEYS;
  if (raw === undefined || raw.trim() === "") return [];
  const keys = raw
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
  if (keys.some((k) => k.length < 16)) {
    throw new ConfigError(
      "CURATOR_API_KEYS",
      "comma-separated keys of at least 16 characters each",
      "a key that is too short",
    );
  }
  return keys;
}

function jwtSecret(env: Env): string | undefined {
  const raw = env.JWT_SECRET;
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < 32) throw new ConfigError("JWT_SECRET", "a secret of at least 32 characters", "a shorter secret");
  return raw;
}

function corsOrigins(env: Env): "*" | string[] {
  const raw = text(env, "CORS_ORIGINS", "*").trim();
  if (raw === "*") return "*";
  const origins = raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        "CORS_ORIGINS",
        '"*" or comma-separated origins like https://example.org (scheme, host and port only)',
        origin,
      );
    }
  }
  return origins;
}

function httpUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new ConfigError(name, "an http(s) URL like http://localhost:4318", raw);
  return raw;
}

function trustedDocuments(env: Env): AppConfig["trustedDocuments"] {
  const mode = oneOf(env, "TRUSTED_DOCUMENTS", "off", [...TRUSTED_DOCUMENT_MODES]) as TrustedDocumentMode;
  const file = optionalText(env, "TRUSTED_DOCUMENTS_FILE");
  if (mode === "file" && file === undefined) {
    throw new ConfigError("TRUSTED_DOCUMENTS_FILE", "the path of a JSON manifest (TRUSTED_DOCUMENTS=file)", file);
  }
  // A file given without the mode would leave every document accepted while its owner thinks otherwise.
  if (mode !== "file" && file !== undefined) {
    throw new ConfigError("TRUSTED_DOCUMENTS", "file (TRUSTED_DOCUMENTS_FILE is set)", mode);
  }
  return { mode, file: file === undefined || isAbsolute(file) ? file : join(projectRoot(), file) };
}

/**
 * Rules between settings. Admitted requests times the database calls each may run must leave
 * the pool a connection (for readiness and statistics reads): otherwise requests wait on the pool
 * and fail SERVICE_OVERLOADED after NEO4J_ACQUISITION_TIMEOUT_MS instead of being shed at once.
 */
function checkCrossFieldRules(config: AppConfig): AppConfig {
  const { maxConcurrent } = config.admission;
  const perRequest = config.limits.dbConcurrencyPerRequest;
  const pool = config.neo4j.maxPoolSize;
  if (maxConcurrent * perRequest >= pool) {
    throw new ConfigError(
      "MAX_CONCURRENT_REQUESTS",
      `MAX_CONCURRENT_REQUESTS x MAX_DB_CALLS_PER_REQUEST below NEO4J_MAX_POOL_SIZE (${pool})`,
      `${maxConcurrent} x ${perRequest} = ${maxConcurrent * perRequest}`,
    );
  }
  return config;
}

export function loadConfig(env: Env = process.env): AppConfig {
  return checkCrossFieldRules(readSettings(env));
}

function readSettings(env: Env): AppConfig {
  const dataDir = text(env, "NEO4J_DATA_DIR", ".neo4j");
  return {
    neo4j: {
      uri: neo4jUri(env),
      user: text(env, "NEO4J_USER", "neo4j"),
      password: text(env, "NEO4J_PASSWORD", ""),
      database: database(env),
      queryTimeoutMs: integer(env, "NEO4J_QUERY_TIMEOUT_MS", 10_000, 100, 600_000),
      maxPoolSize: integer(env, "NEO4J_MAX_POOL_SIZE", 50, 1, 10_000),
      acquisitionTimeoutMs: integer(env, "NEO4J_ACQUISITION_TIMEOUT_MS", 5_000, 100, 600_000),
      readTransactions: oneOf(env, "NEO4J_READ_TRANSACTIONS", "auto-commit", [
        ...READ_TRANSACTION_MODES,
      ]) as ReadTransactionMode,
    },
    localNeo4j: {
      boltPort: integer(env, "NEO4J_BOLT_PORT", 7687, 1, 65535),
      dataDir: isAbsolute(dataDir) ? dataDir : join(projectRoot(), dataDir),
      heapMb: integer(env, "NEO4J_HEAP_MB", 1024, 256, 65536),
      pageCacheMb: integer(env, "NEO4J_PAGECACHE_MB", 256, 16, 65536),
    },
    http: {
      port: integer(env, "PORT", 4000, 0, 65535),
      host: text(env, "HOST", "0.0.0.0"),
      corsOrigins: corsOrigins(env),
      cacheMaxAgeSeconds: integer(env, "HTTP_CACHE_MAX_AGE", 60, 0, 31_536_000),
      shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 25_000, 0, 3_600_000),
      connections: loadConnections(env),
    },
    logLevel: oneOf(env, "LOG_LEVEL", "info", ["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
    auth: {
      curatorApiKeys: apiKeys(env),
      jwtSecret: jwtSecret(env),
      jwtIssuer: optionalText(env, "JWT_ISSUER"),
      jwtAudience: optionalText(env, "JWT_AUDIENCE"),
      jwtMaxLifetimeSeconds: integer(env, "JWT_MAX_LIFETIME_SECONDS", 86_400, 60, 31_536_000),
    },
    limits: loadLimits(env),
    lookAhead: flag(env, "LOOK_AHEAD", true),
    admission: loadAdmission(env),
    exposure: loadExposure(env),
    trustedDocuments: trustedDocuments(env),
    observability: {
      maxOperationNames: integer(env, "METRICS_MAX_OPERATION_NAMES", 100, 0, 10_000),
      otlpEndpoint: httpUrl(env, "OTEL_EXPORTER_OTLP_ENDPOINT"),
    },
  };
}
