import { loadConfig } from "../../src/config";
import { Database, DatabaseOptions } from "../../src/db";
import { loadSeedFolder } from "../../src/seed";

/** A Database on the test Neo4j (NEO4J_URI is set by the global setup). */
export function connectTestDatabase(options: Partial<DatabaseOptions> = {}): Database {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error("NEO4J_URI is not set; the jest global setup sets it");
  return Database.connect({ ...config.neo4j, uri: config.neo4j.uri, ...options });
}

/** Empties the graph (data only; constraints and indexes stay). */
export async function clearGraph(db: Database): Promise<void> {
  await db.writeStatement("test.clear", "MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n");
}

/**
 * Makes the database hold exactly the seed graph. Tests that change data call it before they
 * run, so every test file starts from the same graph whatever ran before it.
 */
export async function loadSeedGraph(db: Database): Promise<void> {
  await clearGraph(db);
  await loadSeedFolder({ db });
}
