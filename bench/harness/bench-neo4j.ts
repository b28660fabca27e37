import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../src/config";
import { Database } from "../../src/db";
import { freePort, startLocalNeo4j, stopProcess } from "../../src/local-neo4j";
import { projectRoot } from "../../src/util";

export interface BenchNeo4j {
  uri: string;
  /** Env for the server processes (credentials and database of the same Neo4j). */
  env: Record<string, string>;
  db: Database;
  /** Pid of the throwaway Neo4j, when the bench started one (its RSS is reported too). */
  pid?: number;
  close(): Promise<void>;
}

/**
 * NEO4J_URI when set; otherwise a throwaway Neo4j on a free port with a temporary data directory,
 * stopped and removed by close() (and, through --parent-pid, by Neo4j itself if the bench dies).
 */
export async function openBenchNeo4j({
  heapMb,
  pageCacheMb,
  log,
}: {
  heapMb: number;
  pageCacheMb: number;
  log: (line: string) => void;
}): Promise<BenchNeo4j> {
  const config = loadConfig();
  let uri = config.neo4j.uri;
  let pid: number | undefined;
  let dataDir: string | undefined;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), "massage-graph-bench-"));
    const started = Date.now();
    try {
      const neo4j = await startLocalNeo4j({
        dataDir,
        port: await freePort(),
        heapMb,
        pageCacheMb,
        parentPid: process.pid,
        startTimeoutMs: 180_000,
      });
      uri = neo4j.uri;
      pid = neo4j.pid;
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
    log(
      `Throwaway Neo4j at ${uri} (heap ${heapMb} MB, page cache ${pageCacheMb} MB) ready in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
  } else {
    log(`Using NEO4J_URI=${uri} (the bench replaces its data with synthetic graphs)`);
  }
  // Imports of 10k-row batches at L take longer than the API's default 10 s per transaction. The
  // bench's own queries (bench/cypher: emptying the database, the degree summary) are named
  // "bench/<file>" through the same handle, and stay out of the product's cypher/queries.
  const db = Database.connect({
    ...config.neo4j,
    uri,
    queryTimeoutMs: 600_000,
    queryFolders: { bench: join(projectRoot(), "bench", "cypher") },
  });
  const env: Record<string, string> = {
    NEO4J_URI: uri,
    NEO4J_USER: config.neo4j.user,
    NEO4J_PASSWORD: config.neo4j.password,
    NEO4J_DATABASE: config.neo4j.database,
  };
  let closed = false;
  return {
    uri,
    env,
    db,
    pid,
    async close() {
      if (closed) return;
      closed = true;
      await db.close().catch(() => undefined);
      if (pid) await stopProcess(pid);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
