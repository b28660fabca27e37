import { join } from "node:path";
import { checkAnswers } from "./harness/answers";
import { ChildServer, startChildServer } from "./harness/child-server";
import { runLoad } from "./harness/load";
import { Pinning, pinProcess } from "./harness/pinning";
import { probeLatency } from "./harness/probe";
import { warmUpSlices } from "./harness/warm-up";
import { BenchOptions, GraphSize } from "./options";
import type { BenchReport, ProbeSet } from "./report/bench-report";
import { answered, Case, PROCESS_OF, ProcessName, ServerLabel } from "./workload/case";
import { listCursors } from "./workload/list-cursors";
import { Operation, OPERATIONS, WorkloadContext } from "./workload/operations";

/** The servers' entry points, next to the bench in dist/ (or wherever the bench was compiled). */
const START_API = join(__dirname, "..", "src", "cli", "start.js");
const PROCESSES: Record<ProcessName, { script: string; env?: Record<string, string> }> = {
  api: { script: START_API },
  // The API itself, its one-statement reads run as managed transactions: the price of transaction mode.
  "api-managed": { script: START_API, env: { NEO4J_READ_TRANSACTIONS: "managed" } },
  bare: { script: join(__dirname, "servers", "bare-server.js") },
  apollo: { script: join(__dirname, "servers", "apollo-server.js") },
  "neo4j-graphql": { script: join(__dirname, "servers", "peer-server.js") },
};
export const LABELS: ServerLabel[] = [
  "api",
  "api-managed",
  "bare",
  "apollo",
  "neo4j-graphql",
  "neo4j-graphql-connection",
];
/** The servers probed for latency at every size (the others only at the load size). */
const PROBED: ServerLabel[] = ["api", "bare"];

/** What must be cleaned up if the bench is interrupted. */
export interface RunState {
  servers: ChildServer[];
  logDir: string;
}

type Report = Omit<BenchReport, "targets" | "finishedAt" | "ratios">;
const log = (line: string) => process.stdout.write(line + "\n");
const requestsOf = (cases: Case[], label: ServerLabel) => cases.flatMap((c) => (c.asks[label] ? [c.asks[label]] : []));

/**
 * On one loaded graph: starts the servers (the API's spawn-to-ready time is its cold start), checks
 * that they all give the same answers, warms the probed servers equally and probes each operation's
 * sequential latency from hubs and from leaves; on the load size, loads every server in rounds in
 * which the server order rotates, each cell after its own unmeasured warm-up.
 */
export async function measureServers({
  size,
  nodes,
  copies,
  loadHere,
  options,
  env,
  neo4jPid,
  pinning,
  report,
  state,
}: {
  size: GraphSize;
  nodes: number;
  copies: number;
  loadHere: boolean;
  options: BenchOptions;
  env: Record<string, string>;
  neo4jPid: number | undefined;
  pinning: Pinning;
  report: Report;
  state: RunState;
}): Promise<void> {
  const processes = new Map<ProcessName, ChildServer>();
  // Neo4j joins the servers' cores for the measurements only; imports may use every core.
  if (neo4jPid) pinProcess(neo4jPid, pinning.servers);
  try {
    const wanted: ProcessName[] = loadHere
      ? ["api", "api-managed", "bare", "apollo", "neo4j-graphql"]
      : ["api", "bare"];
    for (const name of wanted) {
      const spec = PROCESSES[name];
      const started = await startChildServer({
        name: `${name}-${size}`,
        script: spec.script,
        env: { ...env, ...spec.env },
        logDir: state.logDir,
        cores: pinning.servers,
      });
      processes.set(name, started);
      state.servers.push(started);
      if (name === "api") report.coldStartMs.push(started.coldStartMs);
      log(`  ${name} ready in ${Math.round(started.coldStartMs)} ms (pid ${started.pid})`);
    }
    const labels = LABELS.filter((label) => processes.has(PROCESS_OF[label]));
    const urls = new Map(labels.map((label) => [label, processes.get(PROCESS_OF[label])!.url]));
    const ctx: WorkloadContext = { copies, listAfter: await listCursors(urls.get("api")!) };

    for (const operation of OPERATIONS) {
      const check = await checkAnswers(operation, ctx, urls);
      report.answers.push({ size, ...check });
      for (const difference of check.differences) report.failures.push(`${size} ${operation.name}: ${difference}`);
      log(
        `  ${size} answers ${operation.name.padEnd(20)} ${check.cases} cases on ${check.servers.join(", ")}: ${check.differences.length} differences, ${check.empty.length} empty`,
      );
    }

    // Every size gets the same warm-up before its probes, so no size is measured on a colder server.
    await warmUp(
      PROBED.filter((l) => urls.has(l)),
      processes,
      ctx,
      options,
      neo4jPid,
      report,
    );
    for (const operation of OPERATIONS) {
      const sets: [ProbeSet, Case[]][] =
        operation.hub && operation.leaf
          ? [
              ["hub", operation.hub(ctx)],
              ["leaf", operation.leaf(ctx)],
            ]
          : [["fixed", operation.load(ctx)]];
      for (const [set, cases] of sets) {
        for (const label of PROBED) {
          const probe = await probeLatency({
            url: urls.get(label)!,
            requests: requestsOf(cases, label),
            check: answered,
            count: options.probeRequests,
          });
          report.probe.push({
            size,
            nodes,
            server: label,
            operation: operation.name,
            set,
            cases: cases.map((c) => c.label),
            ...probe,
          });
          if (probe.errors > 0)
            report.failures.push(
              `${label} ${operation.name} (${set}) at ${size}: ${probe.errors} failed probe requests; first: ${probe.firstFailure}`,
            );
          log(
            `  ${size} ${label.padEnd(4)} ${operation.name.padEnd(20)} ${set.padEnd(5)} probe p50 ${probe.p50Ms.toFixed(1)} p95 ${probe.p95Ms.toFixed(1)} p99 ${probe.p99Ms.toFixed(1)} ms`,
          );
        }
      }
    }
    if (!loadHere) return;

    for (const operation of OPERATIONS) {
      if (operation.peerLeftOut)
        report.notApplicable.push({
          server: "neo4j-graphql",
          operation: operation.name,
          reason: operation.peerLeftOut,
        });
    }
    // Quick mode (CI) leaves out the long warm-up: it judges answers and errors, not speed.
    if (!options.quick) await warmUp(labels, processes, ctx, options, neo4jPid, report);
    for (const operation of OPERATIONS)
      await loadRounds({ operation, labels, processes, ctx, size, options, neo4jPid, report });
  } finally {
    for (const started of processes.values()) await started.stop();
    state.servers = [];
    if (neo4jPid) pinProcess(neo4jPid, pinning.all);
  }
}

/** The servers take turns at one operation, round after round; each round starts one server later. */
async function loadRounds({
  operation,
  labels,
  processes,
  ctx,
  size,
  options,
  neo4jPid,
  report,
}: {
  operation: Operation;
  labels: ServerLabel[];
  processes: Map<ProcessName, ChildServer>;
  ctx: WorkloadContext;
  size: GraphSize;
  options: BenchOptions;
  neo4jPid: number | undefined;
  report: Report;
}): Promise<void> {
  const cases = operation.load(ctx);
  const serving = labels.filter((label) => requestsOf(cases, label).length > 0);
  for (let round = 1; round <= options.rounds; round++) {
    const shift = (round - 1) % serving.length;
    const order = [...serving.slice(shift), ...serving.slice(0, shift)];
    for (const [position, label] of order.entries()) {
      const server = processes.get(PROCESS_OF[label])!;
      const call = {
        url: server.url,
        pid: server.pid,
        neo4jPid,
        requests: requestsOf(cases, label),
        check: answered,
        connections: options.connections,
      };
      // Unmeasured load right before every cell, in every round: the server is hot on this operation.
      const warm = await runLoad({ ...call, durationSec: options.cellWarmupSec });
      if (warm.errors > 0)
        report.failures.push(
          `${label} ${operation.name} warm-up (round ${round}): ${warm.errors} failed responses; first: ${warm.firstFailure}`,
        );
      const load = await runLoad({ ...call, durationSec: options.durationSec });
      report.cells.push({ size, server: label, operation: operation.name, round, position, ...load });
      if (load.errors > 0)
        report.failures.push(
          `${label} ${operation.name} under load (round ${round}): ${load.errors} failed responses; first: ${load.firstFailure}`,
        );
      log(
        `  ${size} r${round} ${label.padEnd(24)} ${operation.name.padEnd(20)} ${String(Math.round(load.reqPerSec)).padStart(5)} req/s p50 ${load.p50Ms} p99 ${load.p99Ms} ms, CPU ${load.cpuMsPerRequest.toFixed(2)} ms/req (Neo4j ${load.neo4jCpuMsPerRequest.toFixed(2)}), errors ${load.errors}, RSS ${Math.round(load.rssPeakMb)} MB`,
      );
    }
  }
}

/** Unmeasured load, the same number of slices for every server, cycling through its operations (see warm-up.ts). */
async function warmUp(
  labels: ServerLabel[],
  processes: Map<ProcessName, ChildServer>,
  ctx: WorkloadContext,
  options: BenchOptions,
  neo4jPid: number | undefined,
  report: Report,
): Promise<void> {
  const sliceSec = options.warmupSliceSec;
  const callsByLabel = new Map(
    labels.map((label) => [
      label,
      OPERATIONS.map((operation) => ({
        operation: operation.name,
        requests: requestsOf(operation.load(ctx), label),
      })).filter((c) => c.requests.length > 0),
    ]),
  );
  const slices = warmUpSlices(callsByLabel);
  log(`  warm-up: ${slices.length} slices of ${sliceSec} s on ${labels.join(", ")}, unmeasured`);
  for (const { server: label, call } of slices) {
    const server = processes.get(PROCESS_OF[label])!;
    const load = await runLoad({
      url: server.url,
      pid: server.pid,
      neo4jPid,
      requests: call.requests,
      check: answered,
      connections: options.connections,
      durationSec: sliceSec,
    });
    if (load.errors > 0)
      report.failures.push(
        `${label} ${call.operation} warm-up: ${load.errors} failed responses; first: ${load.firstFailure}`,
      );
  }
}
