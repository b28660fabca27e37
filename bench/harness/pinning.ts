import { execFileSync } from "node:child_process";
import { cpus } from "node:os";

/**
 * Where the load generator runs. On a machine with more than one core (and taskset), the harness
 * process, which runs the load generator, is pinned to the last core, and every server and Neo4j to
 * the others, so the generator never takes CPU from what it measures. Other processes on the machine
 * (not started by the bench) are not pinned and may run anywhere.
 */
export interface Pinning {
  /** taskset core lists, or null when nothing is pinned. */
  generator: string | null;
  servers: string | null;
  /** Every core (to unpin Neo4j for the imports between measurements). */
  all: string | null;
  description: string;
}

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function planPinning(): Pinning {
  const count = cpus().length;
  if (count < 2 || !hasTaskset()) {
    return {
      generator: null,
      servers: null,
      all: null,
      description: `not pinned (${count} core${count === 1 ? "" : "s"}${count >= 2 ? ", no taskset" : ""}): the load generator, the servers and Neo4j share every core`,
    };
  }
  const servers = count === 2 ? "0" : `0-${count - 2}`;
  const generator = String(count - 1);
  return {
    generator,
    servers,
    all: `0-${count - 1}`,
    description: `the load generator (autocannon, in the harness process) pinned to core ${generator}; every server and, while servers are measured, Neo4j pinned to core${count === 2 ? "" : "s"} ${servers}, which they share; other work on the machine (not the bench's) is not pinned`,
  };
}

/** Pins every thread of a running process (taskset -a). */
export function pinProcess(pid: number, cores: string | null): void {
  if (cores === null) return;
  execFileSync("taskset", ["-a", "-pc", cores, String(pid)], { stdio: "ignore" });
}

/** The command that starts a child process on `cores` (taskset execs it: the pid stays the child's). */
export function pinnedCommand(cores: string | null, command: string, args: string[]): [string, string[]] {
  return cores === null ? [command, args] : ["taskset", ["-c", cores, command, ...args]];
}
