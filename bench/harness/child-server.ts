import { spawn, ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort, isAlive, stopProcess } from "../../src/local-neo4j";
import { pinnedCommand } from "./pinning";

export interface ChildServer {
  name: string;
  pid: number;
  url: string;
  /** Spawn until the readiness URL first answered 200. */
  coldStartMs: number;
  logFile: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-15).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Runs a server in its own process (so its RSS is its own and it gets its own event loop), on a
 * free port, and resolves once GET /readyz answers 200. Output goes to <logDir>/<name>.log.
 */
export async function startChildServer({
  name,
  script,
  env,
  logDir,
  cores,
  timeoutMs = 120_000,
}: {
  name: string;
  script: string;
  env: Record<string, string>;
  logDir: string;
  /** taskset core list the server is pinned to (null: not pinned). */
  cores: string | null;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const port = await freePort();
  const logFile = join(logDir, `${name}.log`);
  const out = openSync(logFile, "w");
  const started = performance.now();
  const [command, args] = pinnedCommand(cores, process.execPath, [script]);
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  let exitCode: number | null | undefined;
  child.once("exit", (code) => (exitCode = code));
  if (!child.pid) throw new Error(`Could not spawn ${name} (${script})`);
  const pid = child.pid;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (isAlive(pid)) await stopProcess(pid, 10_000);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined)
      throw new Error(`${name} exited with code ${exitCode} before it was ready:\n${tail(logFile)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} was not ready within ${timeoutMs / 1000}s:\n${tail(logFile)}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    await sleep(25);
  }
  return { name, pid, url, coldStartMs: performance.now() - started, logFile, stop };
}

/** Resident set size of a process in MB, from /proc (Linux); undefined elsewhere or when it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak and the mean. */
export function sampleRss(pid: number, everyMs = 100): () => { peakMb: number; meanMb: number } {
  const samples: number[] = [];
  const take = () => {
    const value = rssMb(pid);
    if (value !== undefined) samples.push(value);
  };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    take();
    return {
      peakMb: Math.max(0, ...samples),
      meanMb: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
    };
  };
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
