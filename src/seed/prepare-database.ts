import type { Database } from "../db/database";
import { applyMigrations } from "../db/migrations";

/** Brings a database up to the current schema; the seed loader fills it when it is empty. */
export async function prepareDatabase(db: Database, log: (line: string) => void): Promise<void> {
  const applied = await applyMigrations(db);
  if (applied.length > 0) log(`Applied schema migrations: ${applied.join(", ")}.`);
}
