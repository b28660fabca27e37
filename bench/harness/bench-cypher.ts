import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../src/db/database";
import { projectRoot } from "../../src/util/project-root";

/**
 * The bench's own queries (emptying the database, the degree summary) live in bench/cypher, not
 * among the product's queries in cypher/queries; they are named files too.
 */
function benchCypher(name: string): string {
  return readFileSync(join(projectRoot(), "bench", "cypher", `${name}.cypher`), "utf8").trim();
}

export async function benchRead<T>(db: Database, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(`bench.${name}`, async (tx) => (await tx.run(benchCypher(name), params)).records.map((r) => r.toObject() as T), { timeoutMs: 600_000 });
}

export async function benchWrite<T>(db: Database, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.write(`bench.${name}`, async (tx) => (await tx.run(benchCypher(name), params)).records.map((r) => r.toObject() as T), { timeoutMs: 600_000 });
}
