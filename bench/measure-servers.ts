import { join } from "node:path";
import { checkAnswers } from "./harness/answers";
import { ChildServer, startChildServer } from "./harness/child-server";
import { runLoad } from "./harness/load";
import { Pinning, pinProcess } from "./harness/pinning";
import { probeLatency } from "./harness/probe";
import { warmUpSlices } from "./harness/warm-up";
import { BenchOptions, GraphSize, UsageError } from "./options";
import type { BenchReport, ProbeSet } from "./report/bench-report";
import { answered, Case, notModified, PROCESS_OF, ProcessName, ServerLabel } from "./workload/case";
import { revalidationTags } from "./harness/etags";
import { settle } from "./harness/settle";
import { listCursors } from "./workload/list-cursors";
import { Operation, OPERATIONS, WorkloadContext } from "./workload/operations";
import { roundOrder, roundsFor, tooSlow } from "./harness/rounds";

/** The servers' entry points, next to the bench in dist/ (or wherever the bench was compiled). */
const START_API = join(__dirname, "..", "src", "cli", "start.js");
const PROCESSES: Record<ProcessName, { script: string; env?: Record<string, string> }> = {
  api: { script: START_API },
  // The API itself, its one-statement reads run as managed transactions: the price of transaction mode.
  "api-managed": { script: START_API, env: { NEO4J_READ_TRANSACTIONS: "managed" } },
  // The API without its look-ahead (links/look-ahead.ts), every link list read through its loader: what it buys.
  "api-no-look-ahead": { script: START_API, env: { LOOK_AHEAD: "off" } },
  floor: { script: join(__dirname, "servers", "floor-server.js") },
  bare: { script: join(__dirname, "servers", "bare-server.js") },
  apollo: { script: join(__dirname, "servers", "apollo-server.js") },
  "neo4j-graphql": { script: join(__dirname, "servers", "peer-server.js") },
};
export const LABELS: ServerLabel[] = [
  "api",
  "api-managed",
  "api-no-look-ahead",
  "floor",
  "bare",
  "apollo",
  "neo4j-graphql",
  "neo4j-graphql-connection",
];
/** The servers probed for latency at every size (the others only at the load size). */
const PROBED: ServerLabel[] = ["api", "bare"];

/** The operations --operations names (all without it); an unknown name is a usage error. */
export function selectedOperations(options: Pick<BenchOptions, "operations">): Operation[] {
  if (!options.operations) return OPERATIONS;
  const unknown = options.operations.filter((name) => !OPERATIONS.some((o) => o.name === name));
  if (unknown.length > 0)
    throw new UsageError(
      `--operations: unknown ${unknown.join(", ")}; known: ${OPERATIONS.map((o) => o.name).join(", ")}`,
    );
  return OPERATIONS.filter((o) => options.operations!.includes(o.name));
}

const SERVERS: ProcessName[] = ["api-managed", "api-no-look-ahead", "floor", "bare", "apollo", "neo4j-graphql"];

/** Checks --servers (the API always runs: every ratio is the API's). */
export function checkServers(options: Pick<BenchOptions, "servers">): void {
  const unknown = (options.servers ?? []).filter((name) => !SERVERS.includes(name as ProcessName));
  if (unknown.length > 0)
    throw new UsageError(`--servers: unknown ${unknown.join(", ")}; known: ${SERVERS.join(", ")}`);
}

/** What must be cleaned up if the bench is interrupted. */
export interface RunState {
  servers: ChildServer[];
  logDir: string;
}

type Report = Omit<BenchReport, "targets" | "finishedAt" | "ratios">;
const log = (line: string) => process.stdout.write(line + "\n");

/** The API's event-loop and heap guards off, as the tests run it (see BenchOptions.loadShedding). */
const NO_SHEDDING = { MAX_EVENT_LOOP_DELAY_MS: "0", MAX_HEAP_USED_MB: "0" };

/**
 * Files a measurement's failed responses: defects under `failures`, "busy, try again" answers
 * (SERVICE_OVERLOADED, TIMEOUT; harness/outcome.ts) under `transient`.
 */
function fileFailures(
  report: Report,
  what: string,
  { errors, transient, firstFailure }: { errors: number; transient: number; firstFailure?: string },
): void {
  const defects = errors - transient;
  if (defects > 0) report.failures.push(`${what}: ${defects} failed responses; first: ${firstFailure}`);
  if (transient > 0)
    report.transient.push(
      `${what}: ${transient} SERVICE_OVERLOADED or TIMEOUT` + (defects === 0 ? `; first: ${firstFailure}` : ""),
    );
}
/** A conditional GET succeeds with 304 and no body; everything else with data and no errors. */
const checkOf = (operation: Operation) => (operation.conditional ? notModified : answered);
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
    const wanted = (
      loadHere
        ? (["api", "api-managed", "api-no-look-ahead", "floor", "bare", "apollo", "neo4j-graphql"] as ProcessName[])
        : (["api", "bare"] as ProcessName[])
    ).filter((name) => name === "api" || !options.servers || options.servers.includes(name));
    const start = async (name: ProcessName) => {
      const spec = PROCESSES[name];
      const started = await startChildServer({
        name: `${name}-${size}`,
        script: spec.script,
        env: { ...env, ...(options.loadShedding ? {} : NO_SHEDDING), ...spec.env },
        logDir: state.logDir,
        cores: pinning.servers,
      });
      processes.set(name, started);
      state.servers.push(started);
      log(`  ${name} ready in ${Math.round(started.coldStartMs)} ms (pid ${started.pid})`);
    };
    // The API starts alone, as its spawn-to-ready time is its cold start; the others together.
    await start("api");
    report.coldStartMs.push(processes.get("api")!.coldStartMs);
    const others = await Promise.allSettled(wanted.filter((name) => name !== "api").map(start));
    for (const other of others) if (other.status === "rejected") throw other.reason;
    const labels = LABELS.filter((label) => processes.has(PROCESS_OF[label]));
    const urls = new Map(labels.map((label) => [label, processes.get(PROCESS_OF[label])!.url]));
    const ctx: WorkloadContext = { copies, listAfter: await listCursors(urls.get("api")!) };
    const operations = selectedOperations(options);
    ctx.etags = await revalidationTags(operations, ctx, urls);

    for (const operation of operations) {
      const check = await checkAnswers(operation, ctx, urls, options.answerCases);
      report.answers.push({ size, ...check });
      for (const difference of check.differences) report.failures.push(`${size} ${operation.name}: ${difference}`);
      for (const busy of check.transient) report.transient.push(`${size} ${operation.name} answers: ${busy}`);
      log(
        `  ${size} answers ${operation.name.padEnd(20)} ${check.cases} cases on ${check.servers.join(", ")}: ${check.differences.length} differences, ${check.empty.length} empty, ${check.transient.length} not compared (busy)`,
      );
    }

    // Every size gets the same warm-up before its probes, so no size is measured on a colder server.
    if (options.warmupSliceSec > 0)
      await warmUp(
        PROBED.filter((l) => urls.has(l)),
        processes,
        ctx,
        options,
        neo4jPid,
        report,
      );
    for (const operation of operations) {
      const sets: [ProbeSet, Case[]][] =
        operation.hub && operation.leaf
          ? [
              ["hub", operation.hub(ctx)],
              ["leaf", operation.leaf(ctx)],
            ]
          : [["fixed", operation.load(ctx)]];
      for (const [set, cases] of sets) {
        for (const label of PROBED.filter((l) => urls.has(l) && requestsOf(cases, l).length > 0)) {
          const probe = await probeLatency({
            url: urls.get(label)!,
            requests: requestsOf(cases, label),
            check: checkOf(operation),
            count: options.probeRequests,
            warmup: options.probeWarmup,
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
          fileFailures(report, `${label} ${operation.name} (${set}) probe at ${size}`, probe);
          log(
            `  ${size} ${label.padEnd(4)} ${operation.name.padEnd(20)} ${set.padEnd(5)} probe p50 ${probe.p50Ms.toFixed(1)} p95 ${probe.p95Ms.toFixed(1)} p99 ${probe.p99Ms.toFixed(1)} ms`,
          );
        }
      }
    }
    if (!loadHere) return;

    for (const operation of operations) {
      if (operation.peerLeftOut)
        report.notApplicable.push({
          server: "neo4j-graphql",
          operation: operation.name,
          reason: operation.peerLeftOut,
        });
      if (operation.floorLeftOut && labels.includes("floor"))
        report.notApplicable.push({ server: "floor", operation: operation.name, reason: operation.floorLeftOut });
    }
    // Quick mode (CI) leaves out the warm-up: it judges answers and errors, not speed.
    if (options.warmupSliceSec > 0) await warmUp(labels, processes, ctx, options, neo4jPid, report);
    for (const operation of operations)
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
  // A multiple of the servers (harness/rounds.ts), so each is first equally often; the quick mode judges nothing.
  const rounds = roundsFor(options.rounds, serving.length, options.quick);
  for (let round = 1; round <= rounds; round++) {
    for (const [position, label] of roundOrder(serving, round).entries()) {
      const server = processes.get(PROCESS_OF[label])!;
      const call = {
        url: server.url,
        pid: server.pid,
        neo4jPid,
        requests: requestsOf(cases, label),
        check: checkOf(operation),
        notModified: operation.conditional,
        connections: options.connections,
      };
      // Unmeasured load right before every cell, in every round: the server is hot on this operation.
      if (options.cellWarmupSec > 0) {
        const warm = await runLoad({ ...call, durationSec: options.cellWarmupSec });
        fileFailures(report, `${label} ${operation.name} warm-up (round ${round})`, warm);
      }
      // Background work the warm-up set off (e.g. the API's degree-statistics scan) finishes first, on its turn.
      const settled = options.cellWarmupSec > 0 ? await settle(neo4jPid ? [server.pid, neo4jPid] : [server.pid]) : null;
      const load = await runLoad({ ...call, durationSec: options.durationSec });
      report.cells.push({
        size,
        server: label,
        operation: operation.name,
        round,
        position,
        ...load,
        ...(settled && {
          settledMs: settled.waitedMs,
          settleCpuMs: settled.cpuMs.reduce((a, b) => a + b, 0),
          settledQuiet: settled.quiet,
        }),
      });
      fileFailures(report, `${label} ${operation.name} under load (round ${round})`, load);
      const slow = tooSlow(load, options.minCompletedRequests)
        ? " TOO SLOW (under the minimum of completed requests)"
        : "";
      log(
        `  ${size} r${round} ${label.padEnd(24)} ${operation.name.padEnd(20)} ${String(Math.round(load.reqPerSec)).padStart(5)} req/s p50 ${load.p50Ms} p99 ${load.p99Ms} ms, total CPU ${(load.cpuMsPerRequest + load.neo4jCpuMsPerRequest).toFixed(2)} ms/req (server ${load.cpuMsPerRequest.toFixed(2)}, Neo4j ${load.neo4jCpuMsPerRequest.toFixed(2)}), errors ${load.errors} (${load.transient} busy), RSS ${Math.round(load.rssPeakMb)} MB${slow}`,
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
      selectedOperations(options)
        .map((operation) => ({ operation, requests: requestsOf(operation.load(ctx), label) }))
        .filter((c) => c.requests.length > 0),
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
      check: checkOf(call.operation),
      notModified: call.operation.conditional,
      connections: options.connections,
      durationSec: sliceSec,
    });
    fileFailures(report, `${label} ${call.operation.name} warm-up`, load);
  }
}
