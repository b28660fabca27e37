import type { Database, Tx } from "../db/database";
import { bumpGraphVersion } from "../db/graph-version";
import { RELATION_TYPES } from "../modules/graph";
import { defaultSeedDir, readSeedFolder } from "./seed-folder";
import { KIND_LABEL } from "../model";
import { SEED_KIND_ENTITY_KIND, SEED_KINDS, SeedGraph } from "./seed-format";
import { SeedValidationError } from "./seed-problem";
import { entityRow, labelRows, relationshipRow, sourceRow } from "./seed-rows";

export interface SeedCounts {
  sources: number;
  entities: number;
  relationships: number;
}

/**
 * The whole seed is one transaction; on a cold or busy Neo4j (first start, migrations just run)
 * it can take longer than the API's per-query timeout, which is meant for interactive reads.
 */
export const SEED_TIMEOUT_MS = 120_000;

/**
 * Writes a validated seed graph in ONE write transaction (all or nothing), batched with UNWIND.
 * Everything is MERGEd by id (relationships by from, type, to), so loading twice changes nothing.
 * Nodes and relationships the seed does not name (curated data) are left alone; seed nodes get
 * exactly the seed's fields and kind labels back.
 */
export async function writeSeedGraph(db: Database, graph: SeedGraph): Promise<SeedCounts> {
  await db.write(
    "seed.load",
    async (tx) => {
      await writeSeedParts(tx, graph);
      // Cached GET answers (their ETags) must change with the graph they came from.
      await bumpGraphVersion(tx);
    },
    { timeoutMs: SEED_TIMEOUT_MS },
  );
  return { sources: graph.sources.length, entities: graph.entities.length, relationships: graph.relationships.length };
}

/**
 * Merges seed sources, entities (with their kind labels) and relationships in an open write
 * transaction, in that order. The seed passes all of them at once; the benchmark passes batches of
 * a synthetic graph, one transaction each. Relationship ends must exist: a missing one is an error.
 */
export async function writeSeedParts(tx: Tx, parts: Partial<SeedGraph>): Promise<void> {
  if (parts.sources?.length) await tx.run("seed/merge-sources", { rows: parts.sources.map(sourceRow) });
  if (parts.entities?.length) {
    await tx.run("seed/merge-entities", { rows: parts.entities.map(entityRow) });
    const labels = labelRows(parts.entities);
    for (const kind of SEED_KINDS) {
      await tx.run("seed/label", { label: KIND_LABEL[SEED_KIND_ENTITY_KIND[kind]], rows: labels[kind] });
    }
  }
  for (const type of RELATION_TYPES) {
    const rows = (parts.relationships ?? []).filter((r) => r.type === type).map(relationshipRow);
    if (rows.length === 0) continue;
    const [result] = await tx.rows<{ merged: number }>("seed/relate", { type, rows });
    const merged = result?.merged;
    // Validation guarantees both ends exist; a mismatch means a bug, so roll everything back.
    if (merged !== rows.length) throw new Error(`Seed ${type}: merged ${merged} of ${rows.length} relationships`);
  }
}

/** Validates a seed folder and loads it; throws SeedValidationError (every problem, nothing loaded) when it is broken. */
export async function loadSeedFolder({
  db,
  dir = defaultSeedDir(),
}: {
  db: Database;
  dir?: string;
}): Promise<SeedCounts> {
  const { graph, problems } = readSeedFolder(dir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return writeSeedGraph(db, graph);
}

/** npm start: fills a database that holds no entity yet with the seed graph. */
export async function loadSeedIfEmpty(
  db: Database,
  log: (line: string) => void,
  dir = defaultSeedDir(),
): Promise<SeedCounts | null> {
  const [stats] = await db.readRows<{ entities: number }>("health/graph-stats");
  if ((stats?.entities ?? 0) > 0) return null;
  const counts = await loadSeedFolder({ db, dir });
  log(`Loaded the seed graph into the empty database: ${describeCounts(counts)}.`);
  return counts;
}

export function describeCounts(c: SeedCounts): string {
  return `${c.entities} entities, ${c.sources} sources, ${c.relationships} relationships`;
}
