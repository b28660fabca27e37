import type { Database } from "../db/database";
import { applyMigrations } from "../db/migrations";
import { loadSeedIfEmpty } from "./seed-load";

/** Brings a database up to the current schema and fills it with the seed graph when it holds no entity. */
export async function prepareDatabase(db: Database, log: (line: string) => void): Promise<void> {
  const applied = await applyMigrations(db, log);
  if (applied.length > 0) log(`Applied schema migrations: ${applied.join(", ")}.`);
  await loadSeedIfEmpty(db, log);
}
