import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * Who owns a data folder's local Neo4j: `<dataDir>/owner.lock`, created exclusively (O_EXCL, so
 * of two processes racing for it exactly one wins) before the launcher's log or pid file is
 * opened. A starter holds it while Neo4j starts; `npm start` keeps it ("running") for as long as
 * it runs the Neo4j it started, `db:start` gives it up (the Neo4j it leaves is shared, and the pid
 * file records it). The caller says when a lock is stale (its process gone, or its Neo4j gone).
 */
export interface FolderOwner {
  pid: number;
  /** The process's start time (/proc/<pid>/stat), so a pid reused by another process is not taken for the owner. */
  startedAt: string | null;
  command: string;
  phase: "starting" | "running";
}

export class FolderLockedError extends Error {
  constructor(dataDir: string, owner: FolderOwner) {
    super(
      `The local Neo4j of ${dataDir} is ${owner.phase === "starting" ? "being started" : "run"} by ${owner.command} (pid ${owner.pid}); stop that process first, or set another NEO4J_DATA_DIR.`,
    );
  }
}

export const ownerLockFile = (dataDir: string) => join(dataDir, "owner.lock");

/** The start time of a process (field 22 of /proc/<pid>/stat), or null where /proc cannot tell. */
function processStartedAt(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** True while the lock's process runs and is the one that wrote the lock (not a reused pid). */
export function ownerProcessLives(owner: FolderOwner, isAlive: (pid: number) => boolean): boolean {
  if (!isAlive(owner.pid)) return false;
  const startedAt = processStartedAt(owner.pid);
  return owner.startedAt === null || startedAt === null || startedAt === owner.startedAt;
}

type Read = { state: "none" } | { state: "unreadable"; ageMs: number } | { state: "held"; owner: FolderOwner };

function readLock(dataDir: string): Read {
  let text: string;
  let modifiedMs: number;
  try {
    modifiedMs = statSync(ownerLockFile(dataDir)).mtimeMs;
    text = readFileSync(ownerLockFile(dataDir), "utf8");
  } catch {
    return { state: "none" };
  }
  try {
    return { state: "held", owner: JSON.parse(text) as FolderOwner };
  } catch {
    return { state: "unreadable", ageMs: Date.now() - modifiedMs };
  }
}

/**
 * The process, other than this one, whose lock on dataDir holds; removes a stale lock. A lock that
 * cannot be read counts as held for a few seconds (its writer is filling it in), then as debris.
 */
export function liveFolderOwner(dataDir: string, isStale: (owner: FolderOwner) => boolean): FolderOwner | undefined {
  const lock = readLock(dataDir);
  if (lock.state === "none") return undefined;
  if (lock.state === "unreadable") {
    if (lock.ageMs < 5_000) return { pid: 0, startedAt: null, command: "another process", phase: "starting" };
  } else if (lock.owner.pid === process.pid || !isStale(lock.owner)) {
    return lock.owner.pid === process.pid ? undefined : lock.owner;
  }
  rmSync(ownerLockFile(dataDir), { force: true });
  return undefined;
}

/**
 * Takes dataDir's lock for this process ("starting"), or throws FolderLockedError naming the owner
 * whose lock holds. Re-entrant for this process. Synchronous: nothing of the caller runs before it.
 */
export function lockFolder(dataDir: string, command: string, isStale: (owner: FolderOwner) => boolean): void {
  const mine: FolderOwner = { pid: process.pid, startedAt: processStartedAt(process.pid), command, phase: "starting" };
  for (let attempt = 0; attempt < 3; attempt++) {
    const owner = liveFolderOwner(dataDir, isStale);
    if (owner) throw new FolderLockedError(dataDir, owner);
    const lock = readLock(dataDir);
    if (lock.state === "held" && lock.owner.pid === process.pid) {
      writeFileSync(ownerLockFile(dataDir), JSON.stringify(mine));
      return;
    }
    let fd: number;
    try {
      fd = openSync(ownerLockFile(dataDir), "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue; // lost a race: look again
      throw error;
    }
    writeSync(fd, JSON.stringify(mine));
    closeSync(fd);
    return;
  }
  throw new FolderLockedError(dataDir, { pid: 0, startedAt: null, command: "another process", phase: "starting" });
}

function heldByMe(dataDir: string): FolderOwner | undefined {
  const lock = readLock(dataDir);
  return lock.state === "held" && lock.owner.pid === process.pid ? lock.owner : undefined;
}

/** This process now runs the folder's Neo4j (it started it and keeps it). */
export function markFolderRunning(dataDir: string): void {
  const mine = heldByMe(dataDir);
  if (mine) writeFileSync(ownerLockFile(dataDir), JSON.stringify({ ...mine, phase: "running" }));
}

/** Gives dataDir's lock up, if this process holds it. */
export function unlockFolder(dataDir: string): void {
  if (heldByMe(dataDir)) rmSync(ownerLockFile(dataDir), { force: true });
}
