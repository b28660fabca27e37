import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import neo4j, { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { freePort } from "../../src/local-neo4j";
import { projectRoot } from "../../src/util";
import { connectTestDatabase } from "../support/test-database";
import { ensureSeedGraph } from "../support/seed-graph";

/**
 * SIGTERM on the real server process (dist/, as `npm start` runs it) over the test Neo4j. A request
 * that runs long without any test-only code in the server: a curator write waits for the graph-version
 * lock, which this test holds in a transaction of its own for as long as it wants (then rolls back).
 */
const API_KEY = "shutdown-test-key-0123456789";
const startScript = join(projectRoot(), "dist", "src", "cli", "start.js");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [startScript], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      CURATOR_API_KEYS: API_KEY,
      MAX_EVENT_LOOP_DELAY_MS: "0",
      MAX_HEAP_USED_MB: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes("API ready")) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await sleep(100);
  }
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** Holds the graph-version node's write lock (every curator write takes it) until `release` rolls back. */
async function holdWriteLock(driver: Driver) {
  const session = driver.session({ database: loadConfig().neo4j.database });
  const tx = session.beginTransaction();
  await tx.run("MERGE (v:GraphVersion {id: 'graph'}) SET v.heldByShutdownTest = true");
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

const post = (url: string, query: string, variables: Record<string, unknown> = {}, headers = {}) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });

const UPSERT = `mutation ($input: AilmentInput!) { upsertAilment(input: $input) { id name } }`;
const upsert = (url: string, id: string) =>
  post(
    url,
    UPSERT,
    { input: { id, name: `Zz ${id}`, summary: "A shutdown test ailment." } },
    {
      authorization: `Bearer ${API_KEY}`,
    },
  );

describe("shutdown that drains (SIGTERM on the real server process)", () => {
  let driver: Driver;
  let server: Server | undefined;

  beforeAll(() => {
    const { neo4j: config } = loadConfig();
    driver = neo4j.driver(config.uri!, config.password ? neo4j.auth.basic(config.user, config.password) : undefined);
  });

  afterEach(() => {
    if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
  });

  afterAll(async () => {
    await driver.close();
    const db = connectTestDatabase();
    try {
      await ensureSeedGraph(db);
    } finally {
      await db.close();
    }
  });

  it("lets a 15 s request finish after SIGTERM, sheds the queued one with 503, refuses new connections, then exits", async () => {
    // One request at a time, so the second one queues; it could wait 60 s if nothing stopped it.
    server = await startServer({ MAX_CONCURRENT_REQUESTS: "1", MAX_QUEUE_WAIT_MS: "60000" });
    const { url } = server;
    // Start-up warms the first queries' statements before it says ready (server/warm-up.ts).
    expect(server.output()).toMatch(/Warmed \d+ operations in [\d.]+s \(0 answered errors\)/);
    const release = await holdWriteLock(driver);
    const started = Date.now();
    const slow = upsert(url, "zz-drain-slow");
    await sleep(500);
    const queued = post(url, '{ ailment(id: "muscle-spasm") { name } }');
    await sleep(500);

    server.child.kill("SIGTERM");
    const shed = await queued;
    expect(shed.status).toBe(503);
    expect(shed.headers.get("retry-after")).toBe("1");
    const body = (await shed.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("SERVICE_OVERLOADED");
    expect(body.errors[0].message).toMatch(/shutting down/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await sleep(200);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    await sleep(15_000 - (Date.now() - started));
    expect(server.child.exitCode).toBeNull();
    await release();
    const answer = await slow;
    const elapsed = Date.now() - started;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { upsertAilment: { id: "zz-drain-slow", name: "Zz zz-drain-slow" } } });
    expect(elapsed).toBeGreaterThanOrEqual(15_000);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/Stopped: requests drained, Neo4j connection closed/);
  }, 90_000);

  it("cuts a request still running when SHUTDOWN_GRACE_MS is over, and exits", async () => {
    server = await startServer({ SHUTDOWN_GRACE_MS: "2000" });
    const release = await holdWriteLock(driver);
    try {
      const slow = upsert(server.url, "zz-drain-cut").then(
        (response) => response.status,
        () => "cut",
      );
      await sleep(1_000);
      const signalled = Date.now();
      server.child.kill("SIGTERM");
      expect(await slow).toBe("cut");
      expect(await server.exited).toBe(0);
      const took = Date.now() - signalled;
      expect(took).toBeGreaterThanOrEqual(1_900);
      expect(took).toBeLessThan(8_000);
      expect(server.output()).toMatch(/shutdown grace period over/);
    } finally {
      await release();
    }
  }, 90_000);
});
