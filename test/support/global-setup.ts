import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../src/db";
import { freePort, serverTransactionTimeoutMs, startLocalNeo4j } from "../../src/local-neo4j";
import { graphDigest, SEED_FINGERPRINT_VARIABLE } from "./seed-graph";
import { connectTestDatabase, loadSeedGraph } from "./test-database";

/**
 * Uses NEO4J_URI when set; otherwise starts a throwaway Neo4j on a free port with its own
 * temporary data directory (removed in the teardown), then applies the schema and the seed graph and
 * records its digest, which every database test file checks before it starts (test/support/seed-guard.ts).
 */
export default async function globalSetup(): Promise<void> {
  // Tests judge answers, not the machine's speed: on a loaded CI box a recommendation took longer than the
  // product's 10 s query timeout. Tests of the timeout itself set their own (NEO4J_QUERY_TIMEOUT_MS).
  process.env.NEO4J_QUERY_TIMEOUT_MS ??= "30000";
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(join(tmpdir(), "massage-graph-test-"));
    const port = await freePort();
    const started = Date.now();
    const neo4j = await startLocalNeo4j({
      dataDir,
      port,
      heapMb: 1024,
      pageCacheMb: 64,
      parentPid: process.pid,
      // As npm start sets it: the server-side guard a little past the API's own timeout.
      transactionTimeoutMs: serverTransactionTimeoutMs(Number(process.env.NEO4J_QUERY_TIMEOUT_MS)),
    });
    process.stderr.write(
      `\nThrowaway Neo4j at ${neo4j.uri} (pid ${neo4j.pid}) ready in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
    );
    process.env.NEO4J_URI = neo4j.uri;
    process.env.TEST_NEO4J_PID = String(neo4j.pid);
    process.env.TEST_NEO4J_DIR = dataDir;
  }
  const db = connectTestDatabase();
  try {
    await applyMigrations(db);
    await loadSeedGraph(db);
    process.env[SEED_FINGERPRINT_VARIABLE] = await graphDigest(db);
  } finally {
    await db.close();
  }
}
