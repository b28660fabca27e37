import { spawnSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Database } from "../../src/db";
import {
  freePort,
  isAlive,
  RunningNeo4j,
  runningNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  stopProcess,
} from "../../src/local-neo4j";
import { projectRoot } from "../../src/util";

const cli = (name: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [join(projectRoot(), "dist", "src", "cli", `${name}.js`)], {
    env: { ...process.env, NEO4J_URI: "", ...env },
    encoding: "utf8",
    timeout: 240_000, // generous: starts took over 100 s in a loaded run
  });

/** Whether the Neo4j that db:start printed answers a query. */
async function pings(uri: string): Promise<boolean> {
  const db = Database.connect({ uri, user: "neo4j", password: "", database: "neo4j", queryTimeoutMs: 5_000 });
  try {
    return await db.ping();
  } finally {
    await db.close();
  }
}

const stopAndRemove = async (dir: string) => {
  const running = runningNeo4j(dir);
  if (running) await stopProcess(running.pid);
  rmSync(dir, { recursive: true, force: true });
};

describe("npm run db:start / db:stop", () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), "massage-graph-db-"))));
  afterEach(() => stopAndRemove(dataDir));

  // A Neo4j start costs 20-30 s on a busy 2-core machine. Tests that need "a running Neo4j" (not its
  // start, which the first test proves) share one, on a folder of its own; a test that stops or kills
  // it leaves the next one to start another, so any order (--randomize) still works.
  let sharedDir: string;
  let shared: RunningNeo4j | undefined;
  beforeAll(() => (sharedDir = mkdtempSync(join(tmpdir(), "massage-graph-db-shared-"))));
  const sharedNeo4j = async (): Promise<RunningNeo4j> => {
    const recorded = runningNeo4j(sharedDir);
    if (shared && recorded?.pid === shared.pid) return shared;
    if (recorded) await stopProcess(recorded.pid);
    shared = await startLocalNeo4j({
      dataDir: sharedDir,
      port: await freePort(),
      heapMb: 512,
      pageCacheMb: 16,
      parentPid: process.pid,
      // Generous: a full run on a loaded 2-core machine once took more than the default 120 s to start it.
      startTimeoutMs: 240_000,
    });
    return shared;
  };
  afterAll(() => stopAndRemove(sharedDir));

  it("db:start prints the Bolt URI once Neo4j accepts queries; db:stop stops it and waits until it is gone", async () => {
    const port = await freePort();
    const env = {
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_HEAP_MB: "512",
      NEO4J_PAGECACHE_MB: "16",
    };
    const started = cli("db-start", env);
    expect(started.status).toBe(0);
    expect(started.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);

    expect(await pings(started.stdout.trim())).toBe(true);
    const { pid } = JSON.parse(readFileSync(join(dataDir, "neo4j.pid"), "utf8")) as { pid: number };

    const again = cli("db-start", env);
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
    expect(again.stderr).toContain("already running");

    const stopped = cli("db-stop", env);
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain(`pid ${pid}`);
    expect(isAlive(pid)).toBe(false);
    expect(cli("db-stop", env).stdout).toContain("No local Neo4j was running");
  }, 400_000);

  it("a second npm start on the folder refuses at once, in one line, leaving the first's pid file and log alone", async () => {
    const port = await freePort();
    const env = {
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_HEAP_MB: "512",
      NEO4J_PAGECACHE_MB: "16",
      PORT: "0",
      LOG_LEVEL: "silent",
    };
    const read = (file: string) => {
      try {
        return readFileSync(join(dataDir, file), "utf8");
      } catch {
        return null;
      }
    };
    // The first npm start is this process: it starts the folder's Neo4j and keeps it (parentPid).
    const first = startLocalNeo4j({
      dataDir,
      port,
      heapMb: 512,
      pageCacheMb: 16,
      parentPid: process.pid,
      startTimeoutMs: 240_000,
    });
    try {
      for (const phase of ["being started", "run"]) {
        if (phase === "run") await first;
        const log = read("launcher.log") ?? "";
        const pid = read("neo4j.pid");
        const began = Date.now();
        const second = cli("start", env);
        expect(Date.now() - began).toBeLessThan(20_000);
        expect(second.status).toBe(1);
        expect(second.stderr.trim().split("\n")).toEqual([
          `Local Neo4j: The local Neo4j of ${dataDir} is ${phase} by npm start (pid ${process.pid}); stop that process first, or set another NEO4J_DATA_DIR.`,
        ]);
        expect(read("neo4j.pid")).toBe(pid);
        expect((read("launcher.log") ?? "").startsWith(log)).toBe(true);
        // db:start while it starts refuses too (once it runs, db:start reuses it: "already running").
        if (phase === "being started") expect(cli("db-start", env).stderr).toContain("is being started by npm start");
      }
      const running = await first;
      expect(JSON.parse(read("neo4j.pid")!)).toEqual(running);
      expect(read("launcher.log")).toContain("READY bolt://");
      await stopLocalNeo4j(dataDir, { token: running.token });
      expect(read("owner.lock")).toBeNull();
    } finally {
      await first.catch(() => undefined);
    }
  }, 400_000);

  it("refuses a Bolt port another process holds, with a line naming the port and NEO4J_BOLT_PORT", async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const result = cli("db-start", { NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        `Local Neo4j: Bolt port ${port} is already in use by another process; stop it or choose another port with NEO4J_BOLT_PORT.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it("clears a stale pid file left by a crash", () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(join(dataDir, "neo4j.pid"), JSON.stringify({ pid: dead, uri: "bolt://127.0.0.1:1", port: 1 }));
    expect(runningNeo4j(dataDir)).toBeUndefined();
    expect(() => readFileSync(join(dataDir, "neo4j.pid"))).toThrow();
  });

  it("says so when another Neo4j holds the data directory's lock", async () => {
    await sharedNeo4j();
    const pidFile = join(sharedDir, "neo4j.pid");
    const recorded = readFileSync(pidFile, "utf8");
    try {
      // As if that Neo4j had been started by hand: no pid file tells us about it.
      rmSync(pidFile);
      await expect(
        startLocalNeo4j({ dataDir: sharedDir, port: await freePort(), heapMb: 512, pageCacheMb: 16 }),
      ).rejects.toThrow(/locked by another Neo4j process/);
    } finally {
      writeFileSync(pidFile, recorded);
    }
  }, 400_000);

  it("after kill -9 of its Neo4j, db:start starts a new one instead of saying it already runs", async () => {
    const { port } = await sharedNeo4j();
    const env = {
      NEO4J_DATA_DIR: sharedDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_HEAP_MB: "512",
      NEO4J_PAGECACHE_MB: "16",
    };
    const { pid } = JSON.parse(readFileSync(join(sharedDir, "neo4j.pid"), "utf8")) as { pid: number };
    process.kill(pid, "SIGKILL");
    const deadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

    const again = cli("db-start", env);
    expect(again.stderr).not.toContain("already running");
    expect(again.status).toBe(0);
    expect(again.stdout.trim()).toBe(`bolt://127.0.0.1:${port}`);
    expect(await pings(again.stdout.trim())).toBe(true);
    // The Neo4j db:start just started is the shared one now (the tests after this one may use it).
    shared = runningNeo4j(sharedDir);
  }, 400_000);

  it("a zombie (killed, never reaped) is not a running Neo4j", async () => {
    // A parent that never reaps its child: the child stays a zombie while the parent sleeps.
    const parent = spawn("python3", [
      "-c",
      "import os,time\npid=os.fork()\nif pid==0: os._exit(0)\nprint(pid, flush=True)\ntime.sleep(30)",
    ]);
    try {
      const zombie = await new Promise<number>((resolve) =>
        parent.stdout.once("data", (chunk) => resolve(Number(String(chunk).trim()))),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readFileSync(`/proc/${zombie}/stat`, "utf8")).toMatch(/\) Z /);
      expect(isAlive(zombie)).toBe(false);
      writeFileSync(join(dataDir, "neo4j.pid"), JSON.stringify({ pid: zombie, uri: "bolt://127.0.0.1:1", port: 1 }));
      expect(runningNeo4j(dataDir)).toBeUndefined();
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("refuses, naming the pid, when the recorded process lives but does not answer on Bolt", async () => {
    const impostor = spawn("sleep", ["60"]);
    try {
      const port = await freePort();
      writeFileSync(
        join(dataDir, "neo4j.pid"),
        JSON.stringify({ pid: impostor.pid, uri: `bolt://127.0.0.1:${port}`, port }),
      );
      const result = cli("db-start", { NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`pid ${impostor.pid}`);
      expect(result.stderr).toContain("does not answer");
    } finally {
      impostor.kill("SIGKILL");
      rmSync(join(dataDir, "neo4j.pid"), { force: true });
    }
  });

  it("stops a Neo4j only for the holder of its ownership token", async () => {
    const started = await sharedNeo4j();
    try {
      expect(started.token).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.parse(readFileSync(join(sharedDir, "neo4j.pid"), "utf8")).token).toBe(started.token);
      // Another process (an API that started an earlier Neo4j here) asks to stop "its" Neo4j: refused.
      expect(await stopLocalNeo4j(sharedDir, { token: "0".repeat(32) })).toBeUndefined();
      expect(isAlive(started.pid)).toBe(true);
      expect((await stopLocalNeo4j(sharedDir, { token: started.token }))?.pid).toBe(started.pid);
      expect(isAlive(started.pid)).toBe(false);
    } finally {
      await stopProcess(started.pid);
    }
  }, 400_000);
});
