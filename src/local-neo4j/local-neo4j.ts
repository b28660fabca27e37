import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import {
  FolderOwner,
  liveFolderOwner,
  lockFolder,
  markFolderRunning,
  ownerProcessLives,
  unlockFolder,
} from "./folder-lock";
import { ensureLauncherBuilt, javaCommand } from "./launcher-build";

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  host?: string;
  heapMb: number;
  pageCacheMb: number;
  /** Enables auth with this password for user neo4j; empty or unset disables auth. */
  password?: string;
  /** Neo4j stops by itself when this process ends. */
  parentPid?: number;
  /** Databases opened read-only (as Neo4j opens one whose disk is full); for tests of that fault. */
  readOnlyDatabases?: string[];
  /**
   * Neo4j's own db.transaction.timeout: it stops any transaction that brings no timeout of its own
   * (see serverTransactionTimeoutMs); unset leaves Neo4j without one.
   */
  transactionTimeoutMs?: number;
  startTimeoutMs?: number;
  /** Progress lines while the launcher builds and Neo4j starts (every 15 s); none when unset. */
  progress?: (line: string) => void;
}

export interface RunningNeo4j {
  pid: number;
  uri: string;
  port: number;
  /**
   * Written by whoever started this Neo4j and known only to it: an API stops the Neo4j it started
   * only while the pid file still carries its token (not one started since by db:start).
   */
  token?: string;
}

export class LocalNeo4jError extends Error {}

const pidFile = (dataDir: string) => join(dataDir, "neo4j.pid");
const logFile = (dataDir: string) => join(dataDir, "launcher.log");

/** A process that exited but was not reaped yet (state Z in /proc): it holds no port and serves nothing. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** True while the process runs; a zombie (killed with -9 and never reaped) does not count. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}

function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free now (for throwaway test databases). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The Neo4j recorded in dataDir's pid file, if that process is still alive; removes a stale pid file. */
export function runningNeo4j(dataDir: string): RunningNeo4j | undefined {
  if (!existsSync(pidFile(dataDir))) return undefined;
  let recorded: RunningNeo4j;
  try {
    recorded = JSON.parse(readFileSync(pidFile(dataDir), "utf8")) as RunningNeo4j;
  } catch {
    rmSync(pidFile(dataDir), { force: true });
    return undefined;
  }
  if (isAlive(recorded.pid)) return recorded;
  rmSync(pidFile(dataDir), { force: true });
  return undefined;
}

/**
 * A folder lock no longer holds when its process is gone, or when it says "running" but that
 * Neo4j is gone (killed): then another process may start one (db:start, the soak's restart).
 */
const staleOwner =
  (dataDir: string) =>
  (owner: FolderOwner): boolean =>
    !ownerProcessLives(owner, isAlive) || (owner.phase === "running" && runningNeo4j(dataDir) === undefined);

/** The other process that starts, or runs, dataDir's local Neo4j (see folder-lock.ts), if any. */
export function folderOwner(dataDir: string): FolderOwner | undefined {
  return liveFolderOwner(dataDir, staleOwner(dataDir));
}

function explainFailure(log: string, options: LocalNeo4jOptions): string {
  if (/Address already in use|BindException/i.test(log)) {
    return `Bolt port ${options.port} is already in use by another process; stop it or choose another port with NEO4J_BOLT_PORT.`;
  }
  if (/FileLockException|store_lock|locked by another process/i.test(log)) {
    return `The data directory ${options.dataDir} is locked by another Neo4j process; stop it (npm run db:stop) or use another NEO4J_DATA_DIR.`;
  }
  const lastLines = log.trim().split("\n").slice(-8).join("\n");
  return `Neo4j did not start; the end of ${logFile(options.dataDir)}:\n${lastLines}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Neo4j in its own process (detached, output in <dataDir>/launcher.log) and resolves once
 * the launcher reports the database ready. Records the process in <dataDir>/neo4j.pid. Takes the
 * folder's lock first (folder-lock.ts), before the log or pid file is touched, so a second start
 * on the folder refuses at once; with `parentPid` (Neo4j lives as long as this process) the lock
 * is kept until stopLocalNeo4j, otherwise it is given up once Neo4j is ready.
 */
/**
 * Past the API's own transaction timeout (NEO4J_QUERY_TIMEOUT_MS, which the driver sends with every
 * transaction and Neo4j enforces), Neo4j's db.transaction.timeout is the server-side guard for the
 * transactions that bring none (a shell, a tool). It is set this much later, so for the API's
 * own work the API's timeout, with its TIMEOUT answer, always comes first.
 */
export const SERVER_TIMEOUT_MARGIN_MS = 2_000;

export function serverTransactionTimeoutMs(queryTimeoutMs: number): number {
  return queryTimeoutMs + SERVER_TIMEOUT_MARGIN_MS;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  mkdirSync(options.dataDir, { recursive: true });
  const keepLock = options.parentPid === process.pid;
  lockFolder(options.dataDir, keepLock ? "npm start" : "db:start", staleOwner(options.dataDir));
  try {
    const running = await launch(options);
    if (keepLock) markFolderRunning(options.dataDir);
    else unlockFolder(options.dataDir);
    return running;
  } catch (error) {
    unlockFolder(options.dataDir);
    throw error;
  }
}

async function launch(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const host = options.host ?? "127.0.0.1";
  const already = runningNeo4j(options.dataDir);
  if (already) {
    throw new LocalNeo4jError(
      `A local Neo4j (pid ${already.pid}) already runs on ${options.dataDir} at ${already.uri}; stop it first with npm run db:stop.`,
    );
  }
  if (!(await isPortFree(options.port, host))) {
    throw new LocalNeo4jError(
      `Bolt port ${options.port} is already in use by another process; stop it or choose another port with NEO4J_BOLT_PORT.`,
    );
  }
  await ensureLauncherBuilt(options.progress);
  const { command, args } = javaCommand(options.heapMb);
  args.push(
    "--home",
    options.dataDir,
    "--port",
    String(options.port),
    "--host",
    host,
    "--pagecache-mb",
    String(options.pageCacheMb),
  );
  if (options.password) args.push("--password", options.password);
  if (options.parentPid) args.push("--parent-pid", String(options.parentPid));
  if (options.readOnlyDatabases?.length) args.push("--read-only", options.readOnlyDatabases.join(","));
  if (options.transactionTimeoutMs) args.push("--tx-timeout-ms", String(options.transactionTimeoutMs));

  const out = openSync(logFile(options.dataDir), "w");
  const child = spawn(command, args, { detached: true, stdio: ["ignore", out, out] });
  closeSync(out);
  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", () => (exited = true));
  child.unref();
  if (!child.pid) throw new LocalNeo4jError(`Could not run ${command}; install Java 17+ or set JAVA_HOME.`);

  const running: RunningNeo4j = {
    pid: child.pid,
    uri: `bolt://${host}:${options.port}`,
    port: options.port,
    token: randomBytes(16).toString("hex"),
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  const started = Date.now();
  let nextProgress = started + 15_000;
  while (Date.now() < deadline) {
    if (options.progress && Date.now() >= nextProgress) {
      options.progress(`  Neo4j still starting (${Math.round((Date.now() - started) / 1000)}s)...`);
      nextProgress += 15_000;
    }
    const log = existsSync(logFile(options.dataDir)) ? readFileSync(logFile(options.dataDir), "utf8") : "";
    if (log.includes("READY bolt://")) {
      writeFileSync(pidFile(options.dataDir), JSON.stringify(running));
      return running;
    }
    if (exited || !isAlive(child.pid)) throw new LocalNeo4jError(explainFailure(log, options));
    await sleep(200);
  }
  process.kill(child.pid, "SIGKILL");
  throw new LocalNeo4jError(
    `Neo4j did not become ready within ${(options.startTimeoutMs ?? 120_000) / 1000}s; see ${logFile(options.dataDir)}.`,
  );
}

/** Stops the process with SIGTERM (Neo4j flushes and releases its lock) and waits until it is gone. */
export async function stopProcess(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      await sleep(500);
      return;
    }
    await sleep(100);
  }
}

/**
 * Stops the Neo4j of dataDir's pid file. With `token`, only when the pid file still carries it: the
 * process that started a Neo4j stops that one, never another started since on the same folder.
 */
export async function stopLocalNeo4j(
  dataDir: string,
  { token }: { token?: string } = {},
): Promise<RunningNeo4j | undefined> {
  const running = runningNeo4j(dataDir);
  if (!running || (token !== undefined && running.token !== token)) {
    unlockFolder(dataDir);
    return undefined;
  }
  await stopProcess(running.pid);
  rmSync(pidFile(dataDir), { force: true });
  unlockFolder(dataDir);
  return running;
}
