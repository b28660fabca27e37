import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.http.port).toBe(4000);
    expect(config.localNeo4j.boltPort).toBe(7687);
    expect(config.neo4j.readTransactions).toBe("auto-commit");
    expect(config.logFormat).toBe("auto");
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
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

  // Values that try to slip past a rule: each is refused in one line naming the variable, or read as documented.
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return "accepted";
    } catch (error) {
      return error instanceof ConfigError ? error.message : `not a ConfigError: ${String(error)}`;
    }
  };

  it.each([
    ["PORT", "1e3"],
    ["PORT", "0x10"],
    ["PORT", "4 000"],
    ["PORT", "4_000"],
    ["PORT", "40.0"],
    ["PORT", "+40"],
    ["PORT", " "],
    ["PORT", "99999999999999999999"],
    ["MAX_CONCURRENT_REQUESTS", "-1"],
    ["MAX_CONCURRENT_REQUESTS", "0"],
    ["NEO4J_MAX_POOL_SIZE", "Infinity"],
    ["LOG_LEVEL", "INFO"],
    ["LOG_LEVEL", " info"],
    ["LOG_FORMAT", "JSON"],
    ["LOG_FORMAT", "text"],
    ["TRUSTED_DOCUMENTS", "Builtin"],
    ["TRUSTED_DOCUMENTS", "none"],
    ["NEO4J_READ_TRANSACTIONS", "Managed"],
    ["LOOK_AHEAD", "enabled"],
    ["INTROSPECTION", "nope"],
    ["JWT_SECRET", " "],
    ["JWT_SECRET", "x".repeat(31)],
    ["METRICS_TOKEN", " " + "t".repeat(15) + " "],
    ["CURATOR_API_KEYS", "k".repeat(16) + ",short"],
    ["CORS_ORIGINS", "https://a.org, *"],
    ["CORS_ORIGINS", "javascript://a.org"],
    ["NEO4J_URI", "bolt://"],
    ["NEO4J_URI", "neo4j+x://host"],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "localhost:4318"],
  ])("refuses %s=%j in one line naming the variable", (variable, value) => {
    expect(refusal({ [variable]: value })).toMatch(new RegExp(`^${variable}: expected [^\n]+, got .+$`));
  });

  it("never repeats a secret's value in its error", () => {
    expect(refusal({ JWT_SECRET: "hunter2" })).toBe(
      'JWT_SECRET: expected a secret of at least 32 characters, got "a shorter secret"',
    );
    expect(refusal({ METRICS_TOKEN: "hunter2" })).toBe(
      'METRICS_TOKEN: expected a token of at least 16 characters, got "a shorter token"',
    );
    expect(refusal({ CURATOR_API_KEYS: "k".repeat(16) + ",hunter2" })).toBe(
      'CURATOR_API_KEYS: expected comma-separated keys of at least 16 characters each, got "a key that is too short"',
    );
  });

  it("names the one bad origin of a list, and the bounds of a number", () => {
    expect(refusal({ CORS_ORIGINS: "https://a.org, https://b.org/path" })).toMatch(/got "https:\/\/b.org\/path"$/);
    expect(refusal({ PORT: "1e3" })).toBe('PORT: expected an integer from 0 to 65535, got "1e3"');
    expect(refusal({ MAX_CONCURRENT_REQUESTS: "-1" })).toBe(
      'MAX_CONCURRENT_REQUESTS: expected an integer from 1 to 100000, got "-1"',
    );
  });

  it("reads what is unambiguous: empty is unset, spaces around a number or flag, any case of a flag", () => {
    const config = loadConfig({
      PORT: " 8080 ",
      LOOK_AHEAD: " OFF ",
      INTROSPECTION: "No",
      LOG_LEVEL: "",
      PASSWORD: "",
    });
    expect(config.http.port).toBe(8080);
    expect(config.lookAhead).toBe(false);
    expect(config.exposure.introspection).toBe(false);
    expect(config.logLevel).toBe("info");
    expect(loadConfig({ CORS_ORIGINS: " https://a.org , https://b.org:8443 " }).http.corsOrigins).toEqual([
      "https://a.org",
      "https://b.org:8443",
    ]);
    expect(loadConfig({ CORS_ORIGINS: " * " }).http.corsOrigins).toBe("*");
    expect(loadConfig({ NEO4J_PASSWORD: " pass word " }).neo4j.password).toBe(" pass word ");
    expect(loadConfig({ MAX_HEAP_USED_MB: "2" }).admission.maxHeapUsedBytes).toBe(2 * 1024 * 1024);
  });

  it("checks the pool rule after each value's own rule, and on the values as read", () => {
    // A bad value is named before any rule between values runs.
    expect(refusal({ MAX_CONCURRENT_REQUESTS: "40", NEO4J_MAX_POOL_SIZE: "lots" })).toMatch(/^NEO4J_MAX_POOL_SIZE:/);
    expect(refusal({ MAX_CONCURRENT_REQUESTS: " 25 ", MAX_DB_CALLS_PER_REQUEST: "2" })).toMatch(
      /^MAX_CONCURRENT_REQUESTS: expected MAX_CONCURRENT_REQUESTS x MAX_DB_CALLS_PER_REQUEST below NEO4J_MAX_POOL_SIZE \(50\), got "25 x 2 = 50"$/,
    );
    expect(refusal({ MAX_CONCURRENT_REQUESTS: "49", MAX_DB_CALLS_PER_REQUEST: "1" })).toBe("accepted");
    expect(refusal({ MAX_CONCURRENT_REQUESTS: "50", MAX_DB_CALLS_PER_REQUEST: "1" })).toMatch(/got "50 x 1 = 50"$/);
  });
});
