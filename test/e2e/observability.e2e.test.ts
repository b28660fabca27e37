import { ChildProcess, spawn } from "node:child_process";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { join } from "node:path";
import { Database } from "../../src/db";
import { knownOperationNames, PAGE_OPERATIONS } from "../../src/server";
import { projectRoot } from "../../src/util";
import { NEIGHBOURHOOD_QUERY, RECOMMEND_QUERY, SEARCH_QUERY, SHORTEST_PATH_QUERY } from "../../src/assets";
import { graphql, startTestServer, TestServer } from "../support/test-server";

const METRICS_TOKEN = "metrics-token-for-tests-0123456789";

async function metrics(server: TestServer): Promise<string[]> {
  const text = await (
    await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  return text.split("\n").filter((line) => line.startsWith("graphql_operation_duration_seconds_count"));
}

describe("per-operation metrics", () => {
  let server: TestServer;
  // A server (and so a metrics registry) per test: counts and the three named slots one test uses up
  // would change what another sees, in whichever order they run (--randomize).
  beforeEach(async () => (server = await startTestServer({ METRICS_MAX_OPERATION_NAMES: "3", METRICS_TOKEN })));
  afterEach(async () => server.close());

  it("count each operation by name, root field and outcome", async () => {
    await graphql(server.url, 'query EntityById { entity(id: "stress") { id } }');
    await graphql(server.url, 'query EntityById { entity(id: "stress") { id } }');
    await graphql(server.url, '{ search(text: "   ") { score } }');
    await graphql(server.url, "{ nope }");
    await graphql(server.url, 'query Two { ailment(id: "stress") { id } graphStats { entities } }');
    const lines = await metrics(server);
    expect(lines).toContain(
      'graphql_operation_duration_seconds_count{operation="EntityById",root_field="entity",outcome="OK"} 2',
    );
    expect(lines).toContain(
      'graphql_operation_duration_seconds_count{operation="anonymous",root_field="search",outcome="BAD_USER_INPUT"} 1',
    );
    expect(lines).toContain(
      'graphql_operation_duration_seconds_count{operation="unresolved",root_field="unresolved",outcome="GRAPHQL_VALIDATION_FAILED"} 1',
    );
    expect(lines).toContain(
      'graphql_operation_duration_seconds_count{operation="Two",root_field="multiple",outcome="OK"} 1',
    );
    const text = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(text).toMatch(
      /graphql_operation_duration_seconds_bucket\{le="0.005",operation="EntityById",root_field="entity",outcome="OK"\}/,
    );
  });

  it("keep label values bounded however many names clients invent", async () => {
    for (let i = 0; i < 40; i++) await graphql(server.url, `query Invented${i} { graphStats { entities } }`);
    // A name the client sends with an operation that never validates is not a label either.
    await graphql(server.url, "query Unvalidated { nope }", {}, {});
    const names = new Set((await metrics(server)).map((line) => /operation="([^"]*)"/.exec(line)?.[1]));
    expect([...names].filter((n) => n?.startsWith("Invented")).length).toBeLessThanOrEqual(3);
    expect(names).toContain("other");
    expect(names).not.toContain("Unvalidated");
    // The project's own operations always keep their names.
    await graphql(server.url, RECOMMEND_QUERY, { ailments: ["muscle-spasm"] });
    expect((await metrics(server)).some((l) => l.includes('operation="TherapyRecommendationsWidget"'))).toBe(true);
  });

  it("know every operation the project's pages send", () => {
    const sent = [RECOMMEND_QUERY, SEARCH_QUERY, NEIGHBOURHOOD_QUERY, SHORTEST_PATH_QUERY].map(
      (q) => /query (\w+)/.exec(q)![1],
    );
    for (const name of sent) expect(PAGE_OPERATIONS).toContain(name);
    expect(knownOperationNames()).toEqual(
      expect.arrayContaining(["EntityById", "RecommendTherapies", "NodeById", ...sent]),
    );
  });
});

describe("request ids", () => {
  it("every log line a request writes at info names its request id, and the response tells it", async () => {
    const lines: string[] = [];
    const config = { ...process.env };
    const real = Database.connect({
      uri: config.NEO4J_URI!,
      user: "neo4j",
      password: config.NEO4J_PASSWORD ?? "",
      database: "neo4j",
      queryTimeoutMs: 10_000,
    });
    // A database whose search fails in a way the API does not expect: the error is logged, masked for the client.
    // Each request works on its own view of the database (forRequest), so that view is wrapped too.
    const withBrokenSearch = (db: Database): Database =>
      new Proxy(db, {
        get(target, property, receiver) {
          if (property === "readRows") {
            return async (name: string, params: Record<string, unknown>) => {
              if (name === "search/entities") throw new TypeError("simulated bug");
              return target.readRows(name, params);
            };
          }
          if (property === "forRequest")
            return (...args: Parameters<Database["forRequest"]>) => withBrokenSearch(target.forRequest(...args));
          const value = Reflect.get(target, property, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    const broken = withBrokenSearch(real);
    const server = await startTestServer(
      { LOG_LEVEL: "info" },
      { db: broken, logStream: { write: (line) => void lines.push(line) } },
    );
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "client-chosen-id-42" },
        body: JSON.stringify({ query: '{ search(text: "spasm") { score } }' }),
      });
      expect(response.headers.get("x-request-id")).toBe("client-chosen-id-42");
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(JSON.stringify(body)).not.toContain("simulated bug");
      const requestLines = lines
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg !== "Server listening at " + server.url && !String(l.msg).startsWith("Server listening"));
      expect(requestLines.length).toBeGreaterThan(0);
      for (const line of requestLines) expect(line).toMatchObject({ reqId: "client-chosen-id-42" });
      expect(
        requestLines.some((l) => l.msg === "unexpected error" && String(l.err?.message).includes("simulated bug")),
      ).toBe(true);

      // Without one (or with one that is not plain), the server makes a fresh id per request.
      const a = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "bad id\twith tab" } });
      const b = await fetch(`${server.url}/healthz`);
      expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(b.headers.get("x-request-id")).not.toBe(a.headers.get("x-request-id"));
    } finally {
      await server.close();
    }
  });
});

describe("OpenTelemetry tracing", () => {
  let collector: Server;
  const spans: { name: string; traceId: string; kind: number; attributes: Record<string, unknown> }[] = [];
  let api: ChildProcess | undefined;
  const paths: string[] = [];

  beforeAll(async () => {
    collector = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (c: Buffer) => chunks.push(c));
      request.on("end", () => {
        paths.push(request.url ?? "");
        const body = JSON.parse(Buffer.concat(chunks).toString() || "{}");
        for (const resource of body.resourceSpans ?? []) {
          for (const scope of resource.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              const attributes = Object.fromEntries(
                (span.attributes ?? []).map((a: any) => [a.key, Object.values(a.value ?? {})[0]]),
              );
              spans.push({ name: span.name, traceId: span.traceId, kind: span.kind, attributes });
            }
          }
        }
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill("SIGTERM");
      await new Promise((resolve) => api!.once("exit", resolve));
    }
    await new Promise((resolve) => collector.close(resolve));
  });

  it("sends HTTP, GraphQL and Neo4j spans of one request as one trace when OTEL_EXPORTER_OTLP_ENDPOINT is set", async () => {
    const port = (collector.address() as AddressInfo).port;
    const apiPort = 20_000 + Math.floor(Math.random() * 20_000);
    // MAX_EVENT_LOOP_DELAY_MS=0: a busy CI machine lags a freshly started process's event loop, and
    // load shedding would answer this one request SERVICE_OVERLOADED; the test is about traces.
    api = spawn(process.execPath, [join(projectRoot(), "dist", "src", "cli", "start.js")], {
      env: {
        ...process.env,
        PORT: String(apiPort),
        HOST: "127.0.0.1",
        // debug: a line per request and response, each of which must name its trace.
        LOG_LEVEL: "debug",
        MAX_EVENT_LOOP_DELAY_MS: "0",
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_BSP_SCHEDULE_DELAY: "100",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    api.stdout!.on("data", (d) => (output += d));
    api.stderr!.on("data", (d) => (output += d));
    const deadline = Date.now() + 60_000;
    while (!output.includes("API ready")) {
      if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the API did not start: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const answer = await graphql(
      `http://127.0.0.1:${apiPort}`,
      'query Traced { ailment(id: "muscle-spasm") { id causes { id cause { id } } } }',
      {},
      { "x-request-id": "traced-request-1" },
    );
    expect(answer.errors).toBeUndefined();
    const until = Date.now() + 20_000;
    const wanted = () => {
      const http = spans.find((s) => s.kind === 2 && /POST/.test(s.name));
      const gql = http && spans.find((s) => s.traceId === http.traceId && s.name.startsWith("query Traced"));
      const neo4j = http && spans.find((s) => s.traceId === http.traceId && s.name.startsWith("neo4j "));
      return http && gql && neo4j ? { http, gql, neo4j } : undefined;
    };
    while (!wanted() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    const found = wanted();
    expect(found).toBeDefined();
    expect(found!.neo4j.attributes).toMatchObject({ "db.system.name": "neo4j", "db.namespace": "neo4j" });
    expect(paths).toContain("/v1/traces");
    // Every log line of that request names its trace (pino mixin reading the active span).
    const requestLines = output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { reqId?: string; traceId?: string })
      .filter((line) => line.reqId === "traced-request-1");
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    expect(requestLines.map((line) => line.traceId)).toEqual(requestLines.map(() => found!.http.traceId));
    // Health checks are not traced.
    await fetch(`http://127.0.0.1:${apiPort}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      spans.some((s) => String(s.attributes["url.path"] ?? s.attributes["http.target"] ?? "").includes("healthz")),
    ).toBe(false);
  });

  it("loads no OpenTelemetry SDK, exporter or instrumentation when the endpoint is not set", async () => {
    const script = `process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "";
      require(${JSON.stringify(join(projectRoot(), "dist", "src", "observability", "start-tracing.js"))});
      require(${JSON.stringify(join(projectRoot(), "dist", "src", "server", "app.js"))});
      // prom-client loads the no-op @opentelemetry/api by itself (for exemplars); nothing else may come.
      const loaded = Object.keys(require.cache).filter((f) => f.includes("@opentelemetry") && !f.includes("@opentelemetry/api/"));
      process.stdout.write(JSON.stringify(loaded));`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    await new Promise((resolve) => child.once("exit", resolve));
    expect(JSON.parse(out)).toEqual([]);
  });
});
