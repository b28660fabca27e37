import { loadConfig } from "../config/config";
import { connectNeo4j } from "../local-neo4j/connection";
import { readGraph } from "../seed/seed-export";
import { defaultSeedDir, writeSeedFiles } from "../seed/seed-folder";
import { describeCounts } from "../seed/seed-load";
import { formatSeedFiles } from "../seed/seed-yaml";
import { folderOption } from "./cli-args";
import { runCli } from "./run-cli";

/** npm run export [-- --out DIR]: writes the graph in the configured Neo4j as seed files (default seed/). */
runCli(async () => {
  const dir = folderOption(process.argv.slice(2), "out") ?? defaultSeedDir();
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(line + "\n");
  const connection = await connectNeo4j(config, log);
  try {
    const graph = await readGraph(connection.db);
    writeSeedFiles(dir, formatSeedFiles(graph));
    const { sources, entities, relationships } = graph;
    log(
      `Exported ${describeCounts({ sources: sources.length, entities: entities.length, relationships: relationships.length })} to ${dir}.`,
    );
  } finally {
    await connection.close();
  }
});
