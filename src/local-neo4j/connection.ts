import type { AppConfig } from "../config/config";
import { Database } from "../db/database";
import { FolderLockedError } from "./folder-lock";
import { folderOwner, runningNeo4j, serverTransactionTimeoutMs, startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j";

export class StartupError extends Error {
  override name = "StartupError";
}

export interface Connection {
  db: Database;
  uri: string;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** True when Neo4j at `uri` answers a query over Bolt (with the configured credentials) within a few seconds. */
export async function boltAnswers(uri: string, neo4jConfig: AppConfig["neo4j"]): Promise<boolean> {
  const db = Database.connect({ ...neo4jConfig, uri, acquisitionTimeoutMs: 3_000 });
  try {
    return await db.ping(3_000);
  } finally {
    await db.close().catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilAnswering(db: Database, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await db.ping(2_000))) {
    if (Date.now() > deadline) {
      throw new StartupError(
        `Neo4j at ${uri} did not answer within ${timeoutMs / 1000}s (database "${db.name}"); check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`,
      );
    }
    await sleep(1_000);
  }
}

/**
 * Connects to NEO4J_URI, or when it is unset to the project's own local Neo4j under .neo4j/:
 * reused when `npm run db:start` already runs it, otherwise started for this process and stopped with it.
 */
export async function connectNeo4j(
  config: AppConfig,
  log: (line: string) => void,
  timeoutMs = 60_000,
): Promise<Connection> {
  let uri = config.neo4j.uri;
  /** The token of the Neo4j this process started, if it did. */
  let ownToken: string | undefined;
  if (!uri) {
    // Another npm start runs (or is starting) this folder's Neo4j: refuse before reading its files.
    const owner = folderOwner(config.localNeo4j.dataDir);
    if (owner) throw new FolderLockedError(config.localNeo4j.dataDir, owner);
    const running = runningNeo4j(config.localNeo4j.dataDir);
    if (running && !(await boltAnswers(running.uri, config.neo4j))) {
      throw new StartupError(
        `The local Neo4j (pid ${running.pid}) of ${config.localNeo4j.dataDir} does not answer on ${running.uri}; stop it with npm run db:stop, then start again.`,
      );
    }
    if (running) {
      log(`Using the local Neo4j already running at ${running.uri} (pid ${running.pid}).`);
      uri = running.uri;
    } else {
      const started = Date.now();
      log(`NEO4J_URI is unset: starting the local Neo4j (data in ${config.localNeo4j.dataDir})...`);
      const local = await startLocalNeo4j({
        dataDir: config.localNeo4j.dataDir,
        port: config.localNeo4j.boltPort,
        heapMb: config.localNeo4j.heapMb,
        pageCacheMb: config.localNeo4j.pageCacheMb,
        password: config.neo4j.password || undefined,
        parentPid: process.pid,
        transactionTimeoutMs: serverTransactionTimeoutMs(config.neo4j.queryTimeoutMs),
        progress: log,
      });
      log(`Local Neo4j ready at ${local.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
      uri = local.uri;
      ownToken = local.token;
    }
  }
  const db = Database.connect({ ...config.neo4j, uri });
  await waitUntilAnswering(db, uri, timeoutMs);
  return {
    db,
    uri,
    async close() {
      await db.close();
      // Waits until Neo4j has flushed and exited, then removes its pid file; only the Neo4j this
      // process started (its token is still in the pid file), never one db:start started since.
      if (ownToken) await stopLocalNeo4j(config.localNeo4j.dataDir, { token: ownToken });
    },
  };
}
