import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.http.port).toBe(4000);
    expect(config.localNeo4j.boltPort).toBe(7687);
    expect(config.neo4j.readTransactions).toBe("auto-commit");
  });

  it("runs one-statement reads in managed transactions when NEO4J_READ_TRANSACTIONS=managed", () => {
    expect(loadConfig({ NEO4J_READ_TRANSACTIONS: "managed" }).neo4j.readTransactions).toBe("managed");
  });

  it("reads the documented variables", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://example.databases.neo4j.io",
      PORT: "8080",
      NEO4J_DATABASE: "graph",
      CURATOR_API_KEYS: "k".repeat(20) + ", " + "m".repeat(16),
    });
    expect(config.neo4j.uri).toBe("neo4j+s://example.databases.neo4j.io");
    expect(config.http.port).toBe(8080);
    expect(config.neo4j.database).toBe("graph");
    expect(config.auth.curatorApiKeys).toEqual(["k".repeat(20), "m".repeat(16)]);
  });

  it("turns field suggestions off in production, and /metrics off unless configured", () => {
    expect(loadConfig({ NODE_ENV: "production" }).exposure.fieldSuggestions).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_FIELD_SUGGESTIONS: "true" }).exposure.fieldSuggestions).toBe(
      true,
    );
    expect(loadConfig({}).exposure).toMatchObject({
      fieldSuggestions: true,
      metricsToken: undefined,
      metricsPort: undefined,
    });
    expect(loadConfig({}).limits).toMatchObject({ maxAliases: 30, maxResultItems: 10_000, dbConcurrencyPerRequest: 2 });
  });

  it.each([
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["NEO4J_URI", "http://localhost:7474"],
    ["NEO4J_URI", "not a uri"],
    ["NEO4J_BOLT_PORT", "-1"],
    ["NEO4J_DATABASE", "bad name!"],
    ["LOG_LEVEL", "loud"],
    ["NEO4J_READ_TRANSACTIONS", "explicit"],
    ["JWT_SECRET", "short"],
    ["CURATOR_API_KEYS", "tiny"],
    ["CORS_ORIGINS", "example.org"],
    ["CORS_ORIGINS", "https://example.org/path"],
    ["MAX_QUERY_ALIASES", "0"],
    ["MAX_RESULT_ITEMS", "many"],
    ["MAX_CONCURRENT_REQUESTS", "-5"],
    ["METRICS_TOKEN", "short"],
    ["METRICS_PORT", "99999"],
    ["GRAPHQL_FIELD_SUGGESTIONS", "maybe"],
    ["JWT_MAX_LIFETIME_SECONDS", "10"],
  ])("rejects %s=%j with an error naming the variable", (variable, value) => {
    let caught: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as Error).message.startsWith(`${variable}: expected`)).toBe(true);
    expect((caught as Error).message).not.toContain("\n");
  });

  it("refuses more concurrent requests than the Neo4j pool can serve, in one line naming the settings", () => {
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: "40" })).toThrow(
      new ConfigError(
        "MAX_CONCURRENT_REQUESTS",
        "MAX_CONCURRENT_REQUESTS x MAX_DB_CALLS_PER_REQUEST below NEO4J_MAX_POOL_SIZE (50)",
        "40 x 2 = 80",
      ),
    );
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: "25" })).toThrow(/25 x 2 = 50/);
    expect(() => loadConfig({ MAX_DB_CALLS_PER_REQUEST: "3" })).toThrow(/24 x 3 = 72/);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: "48" })).toThrow(/NEO4J_MAX_POOL_SIZE \(48\), got "24 x 2 = 48"$/);
    expect(loadConfig({ MAX_CONCURRENT_REQUESTS: "40", NEO4J_MAX_POOL_SIZE: "81" }).admission.maxConcurrent).toBe(40);
    expect(loadConfig({}).admission.maxConcurrent * loadConfig({}).limits.dbConcurrencyPerRequest).toBe(48);
  });

  it("reads the HTTP timeouts, and refuses a headers timeout longer than the request timeout", () => {
    expect(loadConfig({}).http.connections).toEqual({
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 10_000,
      keepAliveTimeoutMs: 72_000,
      connectionTimeoutMs: 60_000,
    });
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: "20000" })).toThrow(ConfigError);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: "20000" })).toThrow(/HEADERS_TIMEOUT_MS: expected at most/);
  });

  it("answers introspection unless INTROSPECTION=off", () => {
    expect(loadConfig({}).exposure.introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: "off" }).exposure.introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: "maybe" })).toThrow(/INTROSPECTION/);
  });

  it("reads TRUSTED_DOCUMENTS (off by default) and refuses a mode without its file, or a file without its mode", () => {
    expect(loadConfig({}).trustedDocuments).toEqual({ mode: "off", file: undefined });
    expect(loadConfig({ TRUSTED_DOCUMENTS: "builtin" }).trustedDocuments.mode).toBe("builtin");
    expect(loadConfig({ TRUSTED_DOCUMENTS: "file", TRUSTED_DOCUMENTS_FILE: "/etc/ops.json" }).trustedDocuments).toEqual(
      {
        mode: "file",
        file: "/etc/ops.json",
      },
    );
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: "on" })).toThrow(
      'TRUSTED_DOCUMENTS: expected one of off, builtin, file, got "on"',
    );
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: "file" })).toThrow(/^TRUSTED_DOCUMENTS_FILE: expected the path/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_FILE: "ops.json" })).toThrow(/^TRUSTED_DOCUMENTS: expected file/);
  });
});
