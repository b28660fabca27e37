import { createHash } from "node:crypto";
import type { Database } from "../../src/db";
import { graphFingerprint } from "./graph-fingerprint";
import { connectTestDatabase, loadSeedGraph } from "./test-database";

/** Set by the global setup once the seed graph is loaded: the digest every seed-reading test file expects. */
export const SEED_FINGERPRINT_VARIABLE = "TEST_SEED_FINGERPRINT";

/** One digest of every node and relationship with all their properties: equal digests, equal graphs. */
export async function graphDigest(db: Database): Promise<string> {
  const { nodes, relationships } = await graphFingerprint(db);
  return createHash("sha256")
    .update(JSON.stringify([nodes, relationships]))
    .digest("hex");
}

/**
 * Makes sure the database holds exactly the seed graph, whatever the test file before this one left:
 * a digest read (tens of milliseconds), and a reload only when it differs from the global setup's.
 * Returns whether it had to reload, so a test can say which file left the graph changed.
 */
export async function ensureSeedGraph(db: Database): Promise<boolean> {
  const expected = process.env[SEED_FINGERPRINT_VARIABLE];
  if (!expected) throw new Error(`${SEED_FINGERPRINT_VARIABLE} is not set; the jest global setup sets it`);
  if ((await graphDigest(db)) === expected) return false;
  await loadSeedGraph(db);
  const reloaded = await graphDigest(db);
  if (reloaded !== expected)
    throw new Error("The seed graph reloaded to a different graph than the global setup loaded");
  return true;
}

/**
 * For a test file that only added to the seed graph: deletes the entities whose ids start with `prefix`
 * (with their relationships) and the relationships with note 'test' it drew between seed nodes, then
 * ensureSeedGraph, which finds the seed by its digest instead of reloading it (5-15 s on CI's two cores).
 * Anything else the file changed still makes it reload.
 */
export async function removeAdditionsAndEnsureSeedGraph(db: Database, prefix: string): Promise<boolean> {
  await db.writeStatement("test.remove-additions", "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", {
    prefix,
  });
  await db.writeStatement("test.remove-additions", "MATCH ()-[r {note: 'test'}]->() DELETE r");
  return ensureSeedGraph(db);
}

/** For a test file of a database tier: before its own hooks run, the database holds the seed graph. */
export function useSeedGraphBeforeAll(): void {
  beforeAll(async () => {
    const db = connectTestDatabase();
    try {
      await ensureSeedGraph(db);
    } finally {
      await db.close();
    }
  });
}
