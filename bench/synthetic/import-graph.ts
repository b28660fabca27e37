import type { Database } from "../../src/db";
import { bumpGraphVersion } from "../../src/db";
import type { SeedGraph } from "../../src/seed";
import { writeSeedParts } from "../../src/seed";
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

/** Deletes every node but the schema records, in batches (a 1M-node graph in one transaction would not fit the heap). */
export async function clearBenchGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.writeRows<{ deleted: number }>("bench/delete-batch", { limit: 10_000 });
    if (!row || row.deleted === 0) return;
  }
}

/** The seed's sources, once: synthetic relationships cite the same Source ids as the ones they copy. */
export async function importSources(db: Database, seed: SeedGraph): Promise<void> {
  await db.write("bench.import-sources", (tx) => writeSeedParts(tx, { sources: seed.sources }));
}

/**
 * Loads copies [fromCopy, plan.copies) with the seed loader's own function (writeSeedParts in
 * src/seed/seed-load.ts), but one transaction per batch of rows: the loader's single all-or-nothing
 * transaction suits the seed, not a million nodes. Nodes first, then
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
    await db.write("bench.import-entities", (tx) => writeSeedParts(tx, { entities: batch }), { timeoutMs: 600_000 });
    done += batch.length;
    if (done % (batchSize * 20) === 0) progress("nodes", done, nodes, nodesStarted);
  }
  const nodeSeconds = (Date.now() - nodesStarted) / 1000;

  const relsStarted = Date.now();
  done = 0;
  for (const batch of relationshipBatches({ plan, fromCopy, size: batchSize })) {
    await db.write("bench.import-relationships", (tx) => writeSeedParts(tx, { relationships: batch }), {
      timeoutMs: 600_000,
    });
    done += batch.length;
    if (done % (batchSize * 50) === 0) progress("relationships", done, relationships, relsStarted);
  }
  const relationshipSeconds = (Date.now() - relsStarted) / 1000;
  // A new graph version, as the seed loader gives one: the API's ETags (and the notModified operation) need it.
  await db.write("bench.graph-version", (tx) => bumpGraphVersion(tx));
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
