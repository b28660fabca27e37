import type { Database } from "../../src/db/database";
import { RELATION_TYPES, RelationType } from "../../src/modules/graph/relation-type";
import { kindSlug, SEED_KINDS, SeedGraph } from "../../src/seed/seed-format";
import { entityRow, labelRows, relationshipRow, sourceRow } from "../../src/seed/seed-rows";
import { entityBatches, plannedCounts, relationshipBatches, SyntheticPlan } from "./synthetic-graph";

export interface ImportStats {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSec: number;
  relationshipsPerSec: number;
  batchSize: number;
}

/** Same naming rule as src/seed/seed-load.ts (one Cypher file per relationship type). */
function relateQueryName(type: RelationType): string {
  return `seed/relate-${type.toLowerCase().replace(/_/g, "-")}`;
}

/** Deletes every node but the schema records, in batches (a 1M-node graph in one transaction would not fit the heap). */
export async function clearBenchGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.writeRows<{ deleted: number }>("bench/delete-batch", { limit: 10_000 });
    if (!row || row.deleted === 0) return;
  }
}

/** The seed's sources, once: synthetic relationships cite the same Source ids as the ones they copy. */
export async function importSources(db: Database, seed: SeedGraph): Promise<void> {
  await db.writeRows("seed/merge-sources", { rows: seed.sources.map(sourceRow) });
}

/**
 * Loads copies [fromCopy, plan.copies) through the seed loader's own Cypher files and row mapping
 * (cypher/queries/seed/*.cypher, src/seed/seed-rows.ts), but one transaction per batch of rows: the
 * loader's single all-or-nothing transaction suits the seed, not a million nodes. Nodes first, then
 * relationships, timed separately for the throughput figures.
 */
export async function importSynthetic({
  db,
  plan,
  fromCopy,
  batchSize,
  log,
}: {
  db: Database;
  plan: SyntheticPlan;
  fromCopy: number;
  batchSize: number;
  log: (line: string) => void;
}): Promise<ImportStats> {
  const before = plannedCounts(plan, fromCopy);
  const after = plannedCounts(plan);
  const nodes = after.nodes - before.nodes;
  const relationships = after.relationships - before.relationships;
  const progress = (what: string, done: number, total: number, started: number) => {
    if (total >= 200_000) log(`  ${what}: ${done}/${total} (${Math.round(done / ((Date.now() - started) / 1000))}/s)`);
  };

  const nodesStarted = Date.now();
  let done = 0;
  for (const batch of entityBatches({ plan, fromCopy, size: batchSize })) {
    const labels = labelRows(batch);
    await db.write("bench.import-entities", async (tx) => {
      await tx.run("seed/merge-entities", { rows: batch.map(entityRow) });
      for (const kind of SEED_KINDS) await tx.run(`seed/label-${kindSlug(kind)}`, { rows: labels[kind] });
    });
    done += batch.length;
    if (done % (batchSize * 20) === 0) progress("nodes", done, nodes, nodesStarted);
  }
  const nodeSeconds = (Date.now() - nodesStarted) / 1000;

  const relsStarted = Date.now();
  done = 0;
  for (const batch of relationshipBatches({ plan, fromCopy, size: batchSize })) {
    await db.write("bench.import-relationships", async (tx) => {
      for (const type of RELATION_TYPES) {
        const rows = batch.filter((r) => r.type === type).map(relationshipRow);
        if (rows.length === 0) continue;
        const [result] = await tx.rows<{ merged: number }>(relateQueryName(type), { rows });
        const merged = result?.merged;
        if (merged !== rows.length)
          throw new Error(`Synthetic ${type}: merged ${merged} of ${rows.length} relationships (a missing end node)`);
      }
    });
    done += batch.length;
    if (done % (batchSize * 50) === 0) progress("relationships", done, relationships, relsStarted);
  }
  const relationshipSeconds = (Date.now() - relsStarted) / 1000;
  return {
    nodes,
    relationships,
    nodeSeconds,
    relationshipSeconds,
    nodesPerSec: nodes / Math.max(nodeSeconds, 1e-3),
    relationshipsPerSec: relationships / Math.max(relationshipSeconds, 1e-3),
    batchSize,
  };
}
