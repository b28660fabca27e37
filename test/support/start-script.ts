import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../src/util";

/** `npm start` as it runs: the built dist/ (`npm test` builds it first). */
export const startScript = join(projectRoot(), "dist", "src", "cli", "start.js");

/**
 * Starts `npm start` with `env` over this process's environment and collects what it writes.
 * `closed` waits for "close", not "exit": by then everything the process wrote has been read.
 */
export function spawnStart(env: Record<string, string>) {
  const child = spawn(process.execPath, [startScript], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const closed = new Promise<number | null>((resolve) => child.once("close", resolve));
  return { child, output, closed };
}
