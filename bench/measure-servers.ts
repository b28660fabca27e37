import { join } from "node:path";
import { ChildServer, startChildServer } from "./harness/child-server";
import { LoadResult, runLoad } from "./harness/load";
import { medianRound } from "./harness/rounds";
import { probeLatency } from "./harness/probe";
import { warmUpSlices } from "./harness/warm-up";
import { OperationCall, OPERATIONS, ServerName } from "./operations";
import { BenchOptions, GraphSize, warmupLoadSec } from "./options";
import type { BenchReport } from "./report/bench-report";

/** The servers' entry points, next to the bench in dist/ (or wherever the bench was compiled). */
const SCRIPTS: Record<ServerName, string> = {
  api: join(__dirname, "..", "src", "cli", "start.js"),
  bare: join(__dirname, "servers", "bare-server.js"),
  peer: join(__dirname, "servers", "peer-server.js"),
};
const SERVER_ORDER: ServerName[] = ["api", "bare", "peer"];

/** What must be cleaned up if the bench is interrupted. */
export interface RunState {
  servers: ChildServer[];
  logDir: string;
}

const log = (line: string) => process.stdout.write(line + "\n");

/**
 * On one loaded graph: starts the servers (the API's spawn-to-ready time is its cold start),
 * probes every operation's sequential latency on the API and the bare server and then, on the
 * load size, loads all three. All servers run at once (idle ones cost no CPU) and each operation
 * is measured on each server in turn, in rounds, so the cells compared with each other are seconds
 * apart: the background load of a shared machine drifts, and that drift must not decide a ratio.
 */
export async function measureServers({
  size,
  nodes,
  copies,
  loadHere,
  options,
  env,
  report,
  state,
}: {
  size: GraphSize;
  nodes: number;
  copies: number;
  loadHere: boolean;
  options: BenchOptions;
  env: Record<string, string>;
  report: Omit<BenchReport, "targets" | "finishedAt">;
  state: RunState;
}): Promise<void> {
  const servers = new Map<ServerName, ChildServer>();
  try {
    for (const server of SERVER_ORDER) {
      if (server === "peer" && !loadHere) continue;
      const started = await startChildServer({
        name: `${server}-${size}`,
        script: SCRIPTS[server],
        env,
        logDir: state.logDir,
      });
      servers.set(server, started);
      state.servers.push(started);
      if (server === "api") report.coldStartMs.push(started.coldStartMs);
      log(`  ${server} ready in ${Math.round(started.coldStartMs)} ms (pid ${started.pid})`);
    }
    // Probes first, on a quiet system (no load cell running); then the load cells.
    for (const operation of OPERATIONS) {
      for (const [server, started] of servers) {
        const make = operation.calls[server];
        if (server === "peer" || typeof make === "string") continue;
        const probe = await probeLatency({ url: started.url, ...make(copies), count: options.probeRequests });
        report.probe.push({ size, nodes, server, operation: operation.name, ...probe });
        if (probe.errors > 0)
          report.failures.push(
            `${server} ${operation.name} at ${size}: ${probe.errors} failed probe requests; first: ${probe.firstFailure}`,
          );
        log(
          `  ${size} ${server.padEnd(4)} ${operation.name.padEnd(20)} probe p50 ${probe.p50Ms.toFixed(1)} p95 ${probe.p95Ms.toFixed(1)} p99 ${probe.p99Ms.toFixed(1)} ms`,
        );
      }
    }
    if (!loadHere) return;
    await warmUpServers(servers, copies, options, report);
    for (const operation of OPERATIONS) {
      const cells: { server: ServerName; started: ChildServer; call: OperationCall; rounds: LoadResult[] }[] = [];
      for (const [server, started] of servers) {
        const make = operation.calls[server];
        if (typeof make === "string") report.notApplicable.push({ server, operation: operation.name, reason: make });
        else cells.push({ server, started, call: make(copies), rounds: [] });
      }
      // The servers take turns, round after round, so a stretch of noise from the shared machine
      // lands in one round of one server, and the median round leaves it out.
      for (let round = 1; round <= options.rounds; round++) {
        for (const { server, started, call, rounds } of cells) {
          if (round === 1) {
            // Warm-up right before the first round, sequential and then under the cell's own load,
            // unmeasured: a few sequential requests leave V8's optimising compiler and the heap's
            // sizing to the first seconds of the measured cell, which would penalise whichever server
            // is loaded first. A failure in either warm-up is a failure too.
            const warmup = await probeLatency({ url: started.url, ...call, count: 20 });
            const warmLoad = await runLoad({
              url: started.url,
              pid: started.pid,
              ...call,
              connections: options.connections,
              durationSec: warmupLoadSec(options),
            });
            const failures = warmup.errors + warmLoad.errors;
            if (failures > 0)
              report.failures.push(
                `${server} ${operation.name} warm-up: ${failures} failed responses; first: ${warmLoad.firstFailure ?? warmup.firstFailure}`,
              );
          }
          const load = await runLoad({
            url: started.url,
            pid: started.pid,
            ...call,
            connections: options.connections,
            durationSec: options.durationSec,
          });
          rounds.push(load);
          log(
            `  ${size} ${server.padEnd(4)} ${operation.name.padEnd(20)} round ${round} load ${Math.round(load.reqPerSec)} req/s p50 ${load.p50Ms} p99 ${load.p99Ms} ms errors ${load.errors} RSS ${Math.round(load.rssPeakMb)} MB CPU ${load.cpuMsPerRequest.toFixed(1)} ms/req`,
          );
        }
      }
      for (const { server, rounds } of cells) {
        const result = medianRound(rounds);
        report.load.push({
          size,
          server,
          operation: operation.name,
          connections: options.connections,
          durationSec: options.durationSec,
          ...result,
        });
        if (result.errors > 0)
          report.failures.push(
            `${server} ${operation.name} under load: ${result.errors} failed responses; first: ${result.firstFailure}`,
          );
      }
    }
  } finally {
    for (const started of servers.values()) await started.stop();
    state.servers = [];
  }
}

/** Unmeasured load on every server before the first measured cell (see warm-up.ts); failures count. */
async function warmUpServers(
  servers: Map<ServerName, ChildServer>,
  copies: number,
  options: BenchOptions,
  report: Omit<BenchReport, "targets" | "finishedAt">,
): Promise<void> {
  const callsByServer = new Map<ServerName, { started: ChildServer; operation: string; call: OperationCall }[]>();
  for (const [server, started] of servers) {
    const calls = OPERATIONS.flatMap((operation) => {
      const make = operation.calls[server];
      return typeof make === "string" ? [] : [{ started, operation: operation.name, call: make(copies) }];
    });
    callsByServer.set(server, calls);
  }
  const slices = warmUpSlices(callsByServer);
  log(`  warm-up: ${slices.length} slices of ${warmupLoadSec(options)} s, unmeasured`);
  for (const { server, call: slice } of slices) {
    const load = await runLoad({
      url: slice.started.url,
      pid: slice.started.pid,
      ...slice.call,
      connections: options.connections,
      durationSec: warmupLoadSec(options),
    });
    if (load.errors > 0)
      report.failures.push(
        `${server} ${slice.operation} warm-up: ${load.errors} failed responses; first: ${load.firstFailure}`,
      );
  }
}
