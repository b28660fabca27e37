import "./production-mode";
import "../observability/start-tracing";
import "reflect-metadata";
import { loadConfig } from "../config/config";
import { connectNeo4j } from "../local-neo4j/connection";
import { prepareDatabase } from "../seed/prepare-database";
import { logDestination, progressLog } from "../observability/log-output";
import { stopTracing } from "../observability/tracing";
import { createApp } from "../server/app";
import { assertCanListen } from "../server/port-check";
import { loadTrustedDocuments } from "./builtin-documents";
import { runCli } from "./run-cli";

/** npm start: connect (or start the local Neo4j), apply schema, seed an empty graph, serve. */
runCli(async () => {
  const bootStarted = Date.now();
  const config = loadConfig();
  // One format for every line on stdout: progress, the ready line and request logs (LOG_FORMAT).
  const logStream = logDestination(config.logFormat);
  const log = progressLog(logStream);
  // A bad TRUSTED_DOCUMENTS_FILE is refused now, in one line, before anything starts.
  const trustedDocuments = loadTrustedDocuments(config);
  // A busy port is refused now, in one line, not once Neo4j has started.
  await assertCanListen("PORT", config.http.host, config.http.port);
  if (config.exposure.metricsPort !== undefined) {
    await assertCanListen("METRICS_PORT", config.exposure.metricsHost, config.exposure.metricsPort);
  }
  const connection = await connectNeo4j(config, log);
  await prepareDatabase(connection.db, log);
  const app = await createApp({ config, db: connection.db, trustedDocuments, logStream });
  await app.listen({ port: config.http.port, host: config.http.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.http.port;
  // /readyz says "starting" until the first queries' statistics and statements are warm.
  const warm = await app.warmUp();
  log(`Warmed ${warm.operations} operations in ${(warm.ms / 1000).toFixed(1)}s (${warm.failed} answered errors).`);
  log(
    `API ready in ${((Date.now() - bootStarted) / 1000).toFixed(1)}s: http://localhost:${port}/graphql ` +
      `(${listeningOn(config.http.host, port)}; Neo4j ${connection.uri}). Stop it with Ctrl-C.`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // app.close() stops listening, sheds queued requests and waits for running ones (at most
    // SHUTDOWN_GRACE_MS, see server/graceful-close.ts); Neo4j closes only after that.
    log(`${signal}: shutting down (running requests may finish within ${config.http.shutdownGraceMs} ms)...`);
    await app.close();
    await connection.close();
    await stopTracing();
    log("Stopped: requests drained, Neo4j connection closed.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
});

/** Where the server really listens: every interface (reachable from other machines) or one address. */
function listeningOn(host: string, port: number): string {
  const all = host === "0.0.0.0" || host === "::" || host === "";
  return all ? `listening on all interfaces, port ${port}` : `listening on ${host}:${port} only`;
}
