import { mkdtempSync, rmSync } from "node:fs";
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../src/db";
import { readSeedFolder, formatProblem } from "../src/seed";
import { projectRoot } from "../src/util";
import { openBenchNeo4j, BenchNeo4j } from "./harness/bench-neo4j";
import { rssMb } from "./harness/child-server";
import { Pinning, pinProcess, planPinning } from "./harness/pinning";
import { pairedRatios } from "./report/ratios";
import { runInfo } from "./report/run-info";
import { checkServers, measureServers, RunState, selectedOperations } from "./measure-servers";
import { BenchOptions, parseOptions, SIZE_NODES, UsageError } from "./options";
import type { BenchReport, DegreeSummary } from "./report/bench-report";
import { evaluateTargets } from "./report/targets";
import { writeReport } from "./report/write-report";
import { clearBenchGraph, importSources, importSynthetic } from "./synthetic/import-graph";
import { planSynthetic, plannedCounts } from "./synthetic/synthetic-graph";

const log = (line: string) => process.stdout.write(line + "\n");

interface BenchState extends RunState {
  neo4j?: BenchNeo4j;
  /** What has been measured so far, written as an interrupted report on SIGINT/SIGTERM. */
  report?: Omit<BenchReport, "ratios" | "targets" | "finishedAt">;
}

/** Ratios and targets from what was measured, and the files; returns the .md path. */
function finish(measured: Omit<BenchReport, "ratios" | "targets" | "finishedAt">): {
  report: BenchReport;
  file: string;
} {
  const report: BenchReport = {
    ...measured,
    finishedAt: new Date().toISOString(),
    ratios: pairedRatios(measured.cells, measured.options.minCompletedRequests),
    targets: [],
  };
  report.targets = evaluateTargets(report);
  return { report, file: writeReport(report, join(projectRoot(), "bench", "results")) };
}

function neo4jMemory(options: BenchOptions): { heapMb: number; pageCacheMb: number } {
  if (options.sizes.includes("L")) return { heapMb: 2048, pageCacheMb: 3072 };
  if (options.sizes.includes("M")) return { heapMb: 1536, pageCacheMb: 1024 };
  return { heapMb: 1024, pageCacheMb: 256 };
}

async function degreeSummary(neo4j: BenchNeo4j): Promise<DegreeSummary> {
  const [summary] = await neo4j.db.readRows<Omit<DegreeSummary, "top">>("bench/degree-summary");
  return { ...summary, top: await neo4j.db.readRows<{ id: string; degree: number }>("bench/top-degrees") };
}

async function main(
  options: BenchOptions,
  state: BenchState,
  pinning: Pinning,
): Promise<Omit<BenchReport, "ratios" | "targets" | "finishedAt">> {
  const startedAt = new Date().toISOString();
  const { graph: seed, problems } = readSeedFolder();
  if (problems.length > 0) throw new Error(`The seed folder is broken:\n${problems.map(formatProblem).join("\n")}`);
  const memory = neo4jMemory(options);
  const neo4j = (state.neo4j = await openBenchNeo4j({ ...memory, log }));
  // It inherited the generator's core from this process: imports may use every core.
  if (neo4j.pid) pinProcess(neo4j.pid, pinning.all);
  const report: Omit<BenchReport, "ratios" | "targets" | "finishedAt"> = (state.report = {
    startedAt,
    options,
    run: { ...runInfo(), pinning: pinning.description },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "?",
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${process.platform} ${release()}`,
      loadAverageAtStart: loadavg(),
    },
    neo4j: { ownProcess: neo4j.pid !== undefined, ...(neo4j.pid ? memory : {}) },
    graphs: [],
    coldStartMs: [],
    answers: [],
    cells: [],
    notApplicable: [],
    probe: [],
    notes: [
      `CPU: ${pinning.description}. CPU per request is each process's user + system time (/proc/<pid>/stat) over the measured window divided by the requests answered; it does not depend on how many cores the process got, throughput does.`,
      "api: the API as `npm start` runs it (dist/src/cli/start.js). api-managed: the same with NEO4J_READ_TRANSACTIONS=managed (one-statement reads in managed transactions instead of auto-commit). api-no-look-ahead: the same with LOOK_AHEAD=off (every link list read through its loader), on the nested operations only.",
      "floor: node:http over the raw neo4j driver, one hand-written parameterised statement per operation (bench/cypher/floor: only the relationship types, directions and fields the question needs), the rows put in the API's answer shape; for the nested questions, the list, the neighbourhood and the conditional GET (its own ETag, 304 on a match).",
      "bare: node:http calling the API's own request context and services (createContext: database view, loaders, result budget, the same Cypher files), no GraphQL and no framework; it answers with exactly the fields the API's query selects.",
      "apollo: the API's schema (schema/schema.graphql) with plain Apollo resolvers over the API's services, on the same Apollo Server + Fastify stack, cache control off; without TypeGraphQL and without the API's protection layer (document checks, cost model, result-budget middleware, admission, headers, CORS, metrics).",
      "neo4j-graphql: @neo4j/graphql 7 on the same Apollo Server + Fastify stack, each type mapped to its one kind label, deprecated fields not generated, cache control off; root lists with limit/offset plus a count query as its docs recommend (neo4j-graphql), and with its connection (neo4j-graphql-connection). Search is left out (different ranking), the traversals cannot be expressed.",
      `Synthetic graphs: copy 0 is the real seed graph; copies repeat it with generated ids (<id>-g<copy>). Links to the hubs (causes ${"stress, genetic-predisposition"}, contraindications pregnancy, fever) all point at copy 0's hub; 10% of other links point at an earlier copy, biased to the oldest (copy x u^2). Degree summaries are in the graphs table.`,
      "All servers run with NODE_ENV=production and LOG_LEVEL=warn and the same Neo4j pool size (50).",
      `Free memory at start: ${Math.round(freemem() / 2 ** 20)} MB.`,
    ],
    failures: [],
    transient: [],
  });

  log("Preparing the database (schema, empty graph, seed sources)...");
  const [stats] = await neo4j.db.readRows<{ entities: number }>("health/graph-stats");
  if (!neo4j.pid && (stats?.entities ?? 0) > 0 && !options.wipe) {
    throw new UsageError(
      `NEO4J_URI=${neo4j.uri} holds ${stats.entities} entities; the bench would delete them. Run it without NEO4J_URI (it starts a throwaway Neo4j) or add --wipe.`,
    );
  }
  await applyMigrations(neo4j.db);
  await clearBenchGraph(neo4j.db);
  await importSources(neo4j.db, seed);
  let loadedCopies = 0;
  for (const size of options.sizes) {
    const plan = planSynthetic({ seed, targetNodes: SIZE_NODES[size], prngSeed: options.seed });
    const counts = plannedCounts(plan);
    log(
      `Graph ${size}: ${counts.nodes} nodes, ${counts.relationships} relationships (${plan.copies} copies of the seed); importing ${plan.copies - loadedCopies} copies in batches of ${options.batchSize}...`,
    );
    const stats = await importSynthetic({
      db: neo4j.db,
      plan,
      fromCopy: loadedCopies,
      batchSize: options.batchSize,
      log,
    });
    loadedCopies = plan.copies;
    log(`  ${Math.round(stats.nodesPerSec)} nodes/s, ${Math.round(stats.relationshipsPerSec)} relationships/s`);
    const degrees = await degreeSummary(neo4j);
    log(
      `  degrees: median ${degrees.p50}, p99 ${degrees.p99}, max ${degrees.max} (${degrees.top.map((t) => `${t.id} ${t.degree}`).join(", ")})`,
    );
    report.graphs.push({ size, ...counts, copies: plan.copies, import: stats, degrees });

    await measureServers({
      size,
      nodes: counts.nodes,
      copies: plan.copies,
      loadHere: size === options.loadSize,
      options,
      env: neo4j.env,
      neo4jPid: neo4j.pid,
      pinning,
      report,
      state,
    });
  }
  if (neo4j.pid) report.neo4j.rssMb = rssMb(neo4j.pid);
  report.machine.loadAverageAtEnd = loadavg();
  return report;
}

async function cli(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
    selectedOperations(options);
    checkServers(options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(error.message + "\n");
      return 2;
    }
    throw error;
  }
  const state: BenchState = { servers: [], logDir: mkdtempSync(join(tmpdir(), "massage-graph-bench-logs-")) };
  const cleanup = async () => {
    for (const server of state.servers) await server.stop().catch(() => undefined);
    await state.neo4j?.close().catch(() => undefined);
  };
  const onSignal = (signal: string) => {
    log(`${signal}: stopping the bench and cleaning up...`);
    if (state.report && state.report.cells.length > 0) {
      state.report.failures.push(`Interrupted by ${signal}: sizes and cells after this point were not measured.`);
      state.report.machine.loadAverageAtEnd = loadavg();
      log(`Interrupted report: ${finish(state.report).file}`);
    }
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", () => onSignal("SIGINT"));
  process.once("SIGTERM", () => onSignal("SIGTERM"));
  const began = Date.now();
  const pinning = planPinning();
  pinProcess(process.pid, pinning.generator);
  try {
    const { report, file } = finish(await main(options, state, pinning));
    log(
      `\nTargets:\n${report.targets.map((t) => `  ${t.status.padEnd(4)} ${t.name}: ${t.measured} (expected ${t.expected})`).join("\n")}`,
    );
    log(`\nReport: ${file} (and bench/results/latest.md) after ${((Date.now() - began) / 1000).toFixed(0)} s`);
    const list = (lines: string[]) => lines.map((line) => `  - ${line}`).join("\n");
    if (report.transient.length > 0)
      process.stderr.write(
        `\nBusy answers (SERVICE_OVERLOADED or TIMEOUT${options.quick ? "; counted, not failed in the quick mode" : ""}):\n${list(report.transient)}\n`,
      );
    if (report.failures.length > 0 || (!options.quick && report.transient.length > 0)) {
      process.stderr.write(
        report.failures.length > 0
          ? `\nThe bench saw failures (differing answers, errors, servers gone):\n${list(report.failures)}\n`
          : "\nThe bench saw busy answers: a full run's figures are suspect, so it fails.\n",
      );
      return 1;
    }
    // Ok; the logs of the servers are only kept when something broke.
    rmSync(state.logDir, { recursive: true, force: true });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(
      `\nThe bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nServer logs: ${state.logDir}\n`,
    );
    return 1;
  } finally {
    await cleanup();
  }
}

void cli().then((code) => process.exit(code));
