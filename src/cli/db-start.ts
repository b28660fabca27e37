import { loadConfig } from "../config/config";
import { boltAnswers } from "../local-neo4j/connection";
import { LocalNeo4jError, runningNeo4j, serverTransactionTimeoutMs, startLocalNeo4j } from "../local-neo4j/local-neo4j";
import { runCli } from "./run-cli";

/** npm run db:start: starts the local Neo4j in the background and returns once it accepts queries. */
runCli(async () => {
  const config = loadConfig();
  const { dataDir, boltPort, heapMb, pageCacheMb } = config.localNeo4j;
  // A pid alone proves nothing (a zombie after kill -9, a pid reused): only a Neo4j answering on Bolt counts.
  const running = runningNeo4j(dataDir);
  if (running && (await boltAnswers(running.uri, config.neo4j))) {
    process.stdout.write(`${running.uri}\n`);
    process.stderr.write(`Local Neo4j already running (pid ${running.pid}).\n`);
    return;
  }
  if (running) {
    throw new LocalNeo4jError(
      `Neo4j (pid ${running.pid}) of ${dataDir} runs but does not answer on ${running.uri}; stop it with npm run db:stop and start again.`,
    );
  }
  const started = Date.now();
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: boltPort,
    heapMb,
    pageCacheMb,
    password: config.neo4j.password || undefined,
    transactionTimeoutMs: serverTransactionTimeoutMs(config.neo4j.queryTimeoutMs),
    progress: (line) => process.stderr.write(line + "\n"),
  });
  process.stderr.write(
    `Local Neo4j started (pid ${neo4j.pid}, data in ${dataDir}) in ${((Date.now() - started) / 1000).toFixed(1)}s.\n`,
  );
  process.stdout.write(`${neo4j.uri}\n`);
});
