import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db";
import { connectNeo4j, type Connection, freePort, SERVER_TIMEOUT_MARGIN_MS } from "../../src/local-neo4j";
import { connectTestDatabase } from "../support/test-database";

/*
 * No statement outlives its transaction timeout: the API's own (the driver sends it with every
 * transaction and Neo4j enforces it), and Neo4j's db.transaction.timeout, which the project's Neo4j
 * sets a little later for the transactions that bring none. The statement below would count for
 * minutes; each test also checks that SHOW TRANSACTIONS no longer lists it a moment after.
 */
const longStatement = (marker: string) =>
  `UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 3 AND $marker <> '' RETURN count(*) AS n // ${marker}`;

/** Neo4j's transaction monitor looks for overdue transactions every 500 ms (the launcher sets it). */
const MONITOR_INTERVAL_MS = 500;
/** Room for a machine whose two cores are shared by the other tests and agents. */
const SLACK_MS = 2_500;

/** Transactions whose statement carries `marker` (given as a parameter, so this query does not list itself). */
async function running(db: Database, marker: string): Promise<number> {
  const [row] = await db.readStatement<{ n: number }>(
    "test.show-transactions",
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n",
    { marker },
  );
  return row?.n ?? 0;
}

async function goneWithin(db: Database, marker: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if ((await running(db, marker)) === 0) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("no statement outlives its transaction timeout", () => {
  it("the API's timeout stops a long read, and Neo4j no longer runs it a moment after", async () => {
    const timeoutMs = 2_000;
    const db = connectTestDatabase({ queryTimeoutMs: timeoutMs });
    const probe = connectTestDatabase();
    try {
      const marker = `api-timeout-${Date.now()}`;
      const started = Date.now();
      const error = await db.readStatement("test.long-read", longStatement(marker), { marker }).then(
        () => undefined,
        (e: unknown) => e as { extensions?: { code?: string } },
      );
      const elapsed = Date.now() - started;
      expect(error?.extensions?.code).toBe("TIMEOUT");
      expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 100);
      expect(elapsed).toBeLessThan(timeoutMs + MONITOR_INTERVAL_MS + SLACK_MS);
      expect(await goneWithin(probe, marker, 1_000)).toBe(true);
    } finally {
      await db.close();
      await probe.close();
    }
  });

  describe("the project's own Neo4j, as npm start runs it", () => {
    const queryTimeoutMs = 1_000;
    let dataDir: string;
    let connection: Connection;
    let driver: Driver;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), "massage-graph-guard-"));
      const config = loadConfig({
        ...process.env,
        NEO4J_URI: "",
        NEO4J_PASSWORD: "",
        NEO4J_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_QUERY_TIMEOUT_MS: String(queryTimeoutMs),
        NEO4J_HEAP_MB: "512",
        NEO4J_PAGECACHE_MB: "16",
      });
      connection = await connectNeo4j(config, () => undefined, 120_000);
      driver = neo4j.driver(connection.uri);
    }, 180_000);
    afterAll(async () => {
      await driver?.close();
      await connection?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it("sets db.transaction.timeout a little past NEO4J_QUERY_TIMEOUT_MS", async () => {
      const [row] = await connection.db.readStatement<{ value: string }>(
        "test.show-settings",
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value",
      );
      expect(row?.value).toBe(`${(queryTimeoutMs + SERVER_TIMEOUT_MARGIN_MS) / 1000}s`);
    });

    it("stops a statement of a transaction without a timeout of its own (a shell, a tool)", async () => {
      const serverTimeoutMs = queryTimeoutMs + SERVER_TIMEOUT_MARGIN_MS;
      const marker = `server-timeout-${Date.now()}`;
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      const started = Date.now();
      try {
        // No transaction config: only the server's db.transaction.timeout bounds it.
        const error = await session.run(longStatement(marker), { marker }).then(
          () => undefined,
          (e: unknown) => e as { code?: string },
        );
        const elapsed = Date.now() - started;
        expect(error?.code).toMatch(/TransactionTimedOut/);
        expect(elapsed).toBeGreaterThanOrEqual(serverTimeoutMs - 100);
        expect(elapsed).toBeLessThan(serverTimeoutMs + MONITOR_INTERVAL_MS + SLACK_MS);
      } finally {
        await session.close();
      }
      expect(await goneWithin(connection.db, marker, 1_000)).toBe(true);
    });
  });
});
