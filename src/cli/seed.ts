import { loadConfig } from "../config/config";
import { applyMigrations } from "../db/migrations";
import { connectNeo4j } from "../local-neo4j/connection";
import { defaultSeedDir, readSeedFolder } from "../seed/seed-folder";
import { describeCounts, writeSeedGraph } from "../seed/seed-load";
import { SeedValidationError } from "../seed/seed-problem";
import { folderOption } from "./cli-args";
import { runCli } from "./run-cli";

/**
 * npm run seed [-- --dir DIR]: validates the whole seed folder first (every problem listed, exit 1,
 * nothing loaded), then applies the schema and loads it in one transaction. Idempotent.
 */
runCli(async () => {
  const dir = folderOption(process.argv.slice(2), "dir") ?? defaultSeedDir();
  const { graph, problems } = readSeedFolder(dir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(line + "\n");
  const connection = await connectNeo4j(config, log);
  try {
    const applied = await applyMigrations(connection.db);
    if (applied.length > 0) log(`Applied schema migrations: ${applied.join(", ")}.`);
    const counts = await writeSeedGraph(connection.db, graph);
    log(`Loaded ${dir}: ${describeCounts(counts)}.`);
  } finally {
    await connection.close();
  }
});
