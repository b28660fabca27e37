import { loadConfig } from "../config/config";
import { stopLocalNeo4j } from "../local-neo4j/local-neo4j";
import { runCli } from "./run-cli";

/** npm run db:stop: stops the local Neo4j and waits until its process is gone. */
runCli(async () => {
  const config = loadConfig();
  const stopped = await stopLocalNeo4j(config.localNeo4j.dataDir);
  process.stdout.write(stopped ? `Local Neo4j (pid ${stopped.pid}) stopped.\n` : "No local Neo4j was running.\n");
});
