import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Database } from "../../src/db";
import { freePort, RunningNeo4j, startLocalNeo4j, stopProcess } from "../../src/local-neo4j";
import { prepareDatabase } from "../../src/seed";
import { graphql, startTestServer, TestServer } from "../support/test-server";

const KEY = "store-faults-test-key-0123456789";
const CURATOR = { authorization: `Bearer ${KEY}` };
const options = (dataDir: string, port: number) => ({
  dataDir,
  port,
  heapMb: 512,
  pageCacheMb: 16,
  startTimeoutMs: 240_000,
});

/**
 * A read-only store, for real: Neo4j community cannot switch a database to read-only while it runs
 * (ALTER DATABASE and dbms.setConfigValue are enterprise-only), so a Neo4j of its own is started
 * with the seed graph, stopped, and started again with the database read-only
 * (server.databases.read_only), as Neo4j also opens a database whose disk is full.
 */
describe("a read-only store", () => {
  let dataDir: string;
  let neo4j: RunningNeo4j | undefined;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "massage-graph-read-only-"));
    const port = await freePort();
    const writable = await startLocalNeo4j(options(dataDir, port));
    const db = Database.connect({
      uri: writable.uri,
      user: "neo4j",
      password: "",
      database: "neo4j",
      queryTimeoutMs: 60_000,
    });
    try {
      await prepareDatabase(db, () => undefined);
    } finally {
      await db.close();
      await stopProcess(writable.pid);
    }
    neo4j = await startLocalNeo4j({ ...options(dataDir, port), readOnlyDatabases: ["neo4j"] });
    server = await startTestServer({ NEO4J_URI: neo4j.uri, CURATOR_API_KEYS: KEY });
  }, 400_000);

  afterAll(async () => {
    await server?.close();
    if (neo4j) await stopProcess(neo4j.pid);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("still answers reads, and /readyz stays 200", async () => {
    const read = await graphql(
      server.url,
      `
        {
          ailment(id: "muscle-spasm") {
            name
          }
        }
      `,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ ailment: { name: "Muscle spasm" } });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it.each([
    ["upsertAilment", `mutation { upsertAilment(input: { id: "zz-ro", name: "Zz ro", summary: "x" }) { id } }`],
    [
      "upsertSource",
      `mutation { upsertSource(input: { id: "zz-ro-src", title: "t", publisher: "p", type: "website",
        reviewed: "2026-12-01", covers: ["stress"] }) { id } }`,
    ],
    [
      "link",
      `mutation { link(input: { from: "muscle-spasm", type: CAUSED_BY, to: "stress", note: "n", evidence: C,
        sources: ["mybestremedies-massage"] }) { id } }`,
    ],
    ["deleteEntity", `mutation { deleteEntity(id: "muscle-spasm") { id } }`],
  ])("refuses %s with DATABASE_UNAVAILABLE, never INTERNAL_SERVER_ERROR", async (_, mutation) => {
    const response = await graphql(server.url, mutation, {}, CURATOR);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["DATABASE_UNAVAILABLE"]);
    expect(response.errors?.[0].message).toContain("read-only");
  });
});
