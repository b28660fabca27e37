import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Gauge, type Registry } from "prom-client";
import type { Database } from "../db/database";
import type { PoolStats } from "../db/pool-stats";
import { projectRoot } from "../util/project-root";

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

/**
 * Metrics of what runs: `massage_graph_build_info` (always 1; the labels say which release, Node
 * and schema) and the Neo4j connection pool, read when /metrics is scraped. Acquisition time is
 * not among them: the driver does not tell it (db/pool-stats.ts).
 */
export function registerRuntimeMetrics(
  registry: Registry,
  { db, schemaId, maxPoolSize }: { db: Database; schemaId: string; maxPoolSize: number },
): void {
  new Gauge({
    name: "massage_graph_build_info",
    help: "The running build: package version, Node.js version and schema id (always 1)",
    labelNames: ["version", "node_version", "schema"],
    registers: [registry],
  }).set({ version: packageVersion(), node_version: process.version, schema: schemaId.slice(0, 12) }, 1);
  new Gauge({
    name: "neo4j_pool_max_connections",
    help: "Bolt connections the process may hold (NEO4J_MAX_POOL_SIZE)",
    registers: [registry],
  }).set(maxPoolSize);
  const pooled = (name: string, help: string, pick: (stats: PoolStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const stats = db.poolStats();
        if (stats) this.set(pick(stats));
      },
    });
  pooled("neo4j_pool_connections_in_use", "Bolt connections lent to a session now", (s) => s.inUse);
  pooled("neo4j_pool_connections_idle", "Open Bolt connections idle in the pool now", (s) => s.idle);
  pooled("neo4j_pool_acquisitions_waiting", "Sessions waiting for a pooled connection now", (s) => s.waiting);
}
