import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, RunningNeo4j, startLocalNeo4j, stopProcess } from "../../src/local-neo4j";
import { projectRoot } from "../../src/util";
import { graphql, startTestServer, TestServer } from "../support/test-server";

describe("health routes over the shared test Neo4j", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ METRICS_TOKEN: "health-metrics-token-0123456789" })));
  afterAll(async () => server.close());

  it("GET /healthz answers while the process is up", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz is 200 when Neo4j answers", async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready" });
  });

  it("GET /metrics exposes Prometheus metrics including request durations", async () => {
    await fetch(`${server.url}/healthz`);
    const response = await fetch(`${server.url}/metrics`, {
      headers: { authorization: "Bearer health-metrics-token-0123456789" },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("process_cpu_seconds_total");
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} [1-9]/);
  });

  it("a flood of 200 /readyz probes costs Neo4j at most a few checks (one shared check, reused for a second)", async () => {
    const checks = async () => {
      const response = await fetch(`${server.url}/metrics`, {
        headers: { authorization: "Bearer health-metrics-token-0123456789" },
      });
      return Number(/^readiness_database_checks_total (\d+)/m.exec(await response.text())?.[1]);
    };
    const before = await checks();
    const statuses = await Promise.all(
      Array.from({ length: 200 }, async () => (await fetch(`${server.url}/readyz`)).status),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(Number.isInteger(before)).toBe(true);
    expect((await checks()) - before).toBeLessThanOrEqual(3);
  });

  it("GET /metrics tells the build and the Neo4j connection pool", async () => {
    await graphql(server.url, "{ graphStats { entities } }");
    const response = await fetch(`${server.url}/metrics`, {
      headers: { authorization: "Bearer health-metrics-token-0123456789" },
    });
    const text = await response.text();
    const version = (JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version: string })
      .version;
    expect(text).toContain(`massage_graph_build_info{version="${version}",node_version="${process.version}",schema="`);
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(text)?.[1]);
    expect(value("neo4j_pool_max_connections")).toBe(server.config.neo4j.maxPoolSize);
    // The query above opened a connection, which is back in the pool (or lent to a /readyz check).
    expect(value("neo4j_pool_connections_idle") + value("neo4j_pool_connections_in_use")).toBeGreaterThanOrEqual(1);
    expect(value("neo4j_pool_acquisitions_waiting")).toBe(0);
  });

  it("allows browsers to send W3C trace context (traceparent, tracestate) across origins", async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://clinic.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,traceparent,tracestate",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["traceparent", "tracestate"]));
  });

  it("lets pages on other origins call /graphql (the widget is embeddable)", async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin: "https://clinic.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://clinic.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ graphStats { entities } }" }),
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("a GraphQL query over HTTP reads from Neo4j (POST and GET)", async () => {
    const post = await graphql(server.url, "{ graphStats { entities relationships sources } }");
    expect(post.status).toBe(200);
    expect(post.errors).toBeUndefined();
    expect(post.data?.graphStats.entities).toEqual(expect.any(Number));
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ graphStats { entities } }")}`);
    expect(get.status).toBe(200);
    expect((await get.json()).data.graphStats.entities).toBe(post.data?.graphStats.entities);
  });
});

describe("when Neo4j goes away and comes back", () => {
  let dataDir: string;
  let port: number;
  let neo4j: RunningNeo4j;
  let server: TestServer;

  const start = () => startLocalNeo4j({ dataDir, port, heapMb: 512, pageCacheMb: 16, parentPid: process.pid });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "massage-graph-outage-"));
    port = await freePort();
    neo4j = await start();
    server = await startTestServer({ NEO4J_URI: neo4j.uri });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (neo4j) await stopProcess(neo4j.pid);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The last /readyz status once it says 200, or after 30 s. */
  async function readyWithin30s(): Promise<number> {
    let status = 0;
    const deadline = Date.now() + 30_000;
    while (status !== 200 && Date.now() < deadline) {
      status = (await fetch(`${server.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    return status;
  }

  it("on a cold start says ready only once warm: the first queries then meet the normal 10 s timeout", async () => {
    // `npm start` against this just-started, empty Neo4j: it seeds it, warms up, then says ready.
    const apiPort = await freePort();
    const api = spawn(process.execPath, [join(projectRoot(), "dist", "src", "cli", "start.js")], {
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        PORT: String(apiPort),
        HOST: "127.0.0.1",
        NEO4J_QUERY_TIMEOUT_MS: "10000",
        LOG_LEVEL: "warn",
        MAX_EVENT_LOOP_DELAY_MS: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    api.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    api.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => api.once("exit", resolve));
    try {
      const deadline = Date.now() + 150_000;
      while (!output.includes("API ready")) {
        if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the API did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(output).toMatch(/Warmed \d+ operations/);
      // The ready line says where it really listens (HOST=127.0.0.1 here), not only "localhost".
      expect(output).toMatch(new RegExp(`API ready in .*listening on 127\\.0\\.0\\.1:${apiPort} only`));
      const url = `http://127.0.0.1:${apiPort}`;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const first = [
        '{ recommendTherapies(ailments: ["migraine"], conditions: ["pregnancy"]) { items { therapy { name } } } }',
        '{ search(text: "sore lower back", first: 5) { entity { id } } }',
        '{ neighbourhood(id: "stress", depth: 2) { nodes { id } } }',
      ];
      for (const query of first) {
        const startedAt = Date.now();
        const answer = await graphql(url, query);
        expect([query, answer.errors]).toEqual([query, undefined]);
        expect(Date.now() - startedAt).toBeLessThan(10_000);
      }
    } finally {
      api.kill("SIGTERM");
      await exited;
    }
  }, 200_000);

  it("turns /readyz to 503 and queries into DATABASE_UNAVAILABLE within seconds, then recovers without a restart", async () => {
    // A fresh process says ready once its first check has answered (the first Bolt connection may take a while).
    expect(await readyWithin30s()).toBe(200);

    await stopProcess(neo4j.pid);
    const stoppedAt = Date.now();
    // The last check is reused for a second: past that, the first probe must already say so, within 1 s.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const probedAt = Date.now();
    const ready = await fetch(`${server.url}/readyz`);
    expect(Date.now() - probedAt).toBeLessThan(1_000);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable" });
    const failed = await graphql(server.url, "{ graphStats { entities } }");
    expect(failed.errors?.[0].extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(failed.errors?.[0].message).not.toMatch(/at .*\.js|stack/i);
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    neo4j = await start();
    expect(await readyWithin30s()).toBe(200);
    // A just-restarted Neo4j on a busy machine may not finish the first reads within the query
    // timeout: those answer TIMEOUT ("try again"), as a client would, until it has warmed up.
    let recovered = await graphql(server.url, "{ graphStats { entities } }");
    const warmDeadline = Date.now() + 90_000;
    while (recovered.errors?.[0].extensions?.code === "TIMEOUT" && Date.now() < warmDeadline) {
      recovered = await graphql(server.url, "{ graphStats { entities } }");
    }
    expect(recovered.errors).toBeUndefined();
    // Restarting Neo4j alone takes 60-100 s on a busy 2-core machine.
  }, 300_000);
});
