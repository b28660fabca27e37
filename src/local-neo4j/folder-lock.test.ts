import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  FolderLockedError,
  FolderOwner,
  liveFolderOwner,
  lockFolder,
  ownerLockFile,
  ownerProcessLives,
  unlockFolder,
} from "./folder-lock";
import { isAlive } from "./local-neo4j";

const gone = (owner: FolderOwner) => !ownerProcessLives(owner, isAlive);
const owner = (pid: number, extra: Partial<FolderOwner> = {}): FolderOwner => ({
  pid,
  startedAt: null,
  command: "npm start",
  phase: "running",
  ...extra,
});

describe("the data folder's lock", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "folder-lock-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is taken by one process, again by the same one, and given up", () => {
    lockFolder(dir, "npm start", gone);
    expect(JSON.parse(readFileSync(ownerLockFile(dir), "utf8"))).toMatchObject({ pid: process.pid, phase: "starting" });
    lockFolder(dir, "npm start", gone);
    expect(liveFolderOwner(dir, gone)).toBeUndefined();
    unlockFolder(dir);
    expect(() => readFileSync(ownerLockFile(dir))).toThrow();
  });

  it("refuses while another live process holds it, naming that process, and leaves its lock alone", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      const text = JSON.stringify(owner(other.pid!));
      writeFileSync(ownerLockFile(dir), text);
      expect(() => lockFolder(dir, "db:start", gone)).toThrow(FolderLockedError);
      expect(() => lockFolder(dir, "db:start", gone)).toThrow(
        `The local Neo4j of ${dir} is run by npm start (pid ${other.pid}); stop that process first, or set another NEO4J_DATA_DIR.`,
      );
      expect(readFileSync(ownerLockFile(dir), "utf8")).toBe(text);
      unlockFolder(dir); // not this process's: stays
      expect(readFileSync(ownerLockFile(dir), "utf8")).toBe(text);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("takes over a lock whose process is gone, or whose pid now names another process", () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(ownerLockFile(dir), JSON.stringify(owner(dead)));
    lockFolder(dir, "npm start", gone);
    expect(JSON.parse(readFileSync(ownerLockFile(dir), "utf8")).pid).toBe(process.pid);
    unlockFolder(dir);
    // pid 1 lives, but did not write this lock (another start time): a reused pid.
    writeFileSync(ownerLockFile(dir), JSON.stringify(owner(1, { startedAt: "1" })));
    lockFolder(dir, "npm start", gone);
    expect(JSON.parse(readFileSync(ownerLockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("counts an unreadable lock as held while it is fresh (being written), as debris once old", () => {
    writeFileSync(ownerLockFile(dir), "");
    expect(() => lockFolder(dir, "npm start", gone)).toThrow(/being started by another process/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(ownerLockFile(dir), old, old);
    lockFolder(dir, "npm start", gone);
    expect(JSON.parse(readFileSync(ownerLockFile(dir), "utf8")).pid).toBe(process.pid);
  });

  it("the caller decides staleness: a running lock whose Neo4j is gone may be taken", () => {
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(ownerLockFile(dir), JSON.stringify(owner(other.pid!)));
      lockFolder(dir, "db:start", () => true);
      expect(JSON.parse(readFileSync(ownerLockFile(dir), "utf8")).pid).toBe(process.pid);
    } finally {
      other.kill("SIGKILL");
    }
  });
});
