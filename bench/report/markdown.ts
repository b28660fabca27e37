import { warmupLoadSec } from "../options";
import type { BenchReport } from "./bench-report";

const n0 = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? "n/a" : Math.round(v).toLocaleString("en-US");
const n1 = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "n/a" : v.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !b ? "n/a" : `${(a / b).toFixed(2)}x`;

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

/** The human report: bench/results/<timestamp>.md (and latest.md), chart beside it. */
export function renderMarkdown(report: BenchReport, chartFile: string): string {
  const { options, machine } = report;
  const out: string[] = [];
  out.push(`# Benchmark ${report.startedAt}${options.quick ? " (quick)" : ""}`, "");
  out.push(
    `Machine: ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memoryGb} GB RAM, Node ${machine.node}, load average (1/5/15 min) at start ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(" / ")}${machine.loadAverageAtEnd ? `, at end ${machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")}` : ""}${Math.max(...machine.loadAverageAtStart, ...(machine.loadAverageAtEnd ?? [])) > machine.cpus ? ` (above ${machine.cpus}: other work competed for the CPU, so absolute figures are low and noisy)` : ""}.`,
    `Neo4j: ${report.neo4j.ownProcess ? `throwaway local Neo4j 5.26 (heap ${report.neo4j.heapMb} MB, page cache ${report.neo4j.pageCacheMb} MB${report.neo4j.rssMb ? `, RSS at end ${n0(report.neo4j.rssMb)} MB` : ""})` : "the one at NEO4J_URI"}.`,
    `Load: autocannon, ${options.connections} connections, ${options.durationSec} s per cell after ${warmupLoadSec(options)} s of unmeasured load (and, before the first cell, ${warmupLoadSec(options)} s slices of unmeasured load on each server, the same number for each, cycling through its operations), on the ${options.loadSize} graph; ${options.rounds === 1 ? "one round" : `${options.rounds} rounds in which the servers take turns, each cell's median round shown (every round's req/s below the throughput table)`}; latency probe: ${options.probeRequests} sequential requests per operation and size.`,
    "",
  );
  if (report.failures.length > 0) out.push("## FAILURES", "", ...report.failures.map((f) => `- ${f}`), "");

  out.push(
    "## Targets",
    "",
    table(
      ["target", "measured", "expected", "status"],
      report.targets.map((t) => [t.name, t.measured, t.expected, `**${t.status}**`]),
    ),
    "",
  );

  out.push("## Graphs and import", "");
  out.push(
    table(
      ["size", "nodes", "relationships", "imported nodes", "nodes/s", "imported rels", "rels/s", "batch"],
      report.graphs.map((g) => [
        g.size,
        n0(g.nodes),
        n0(g.relationships),
        n0(g.import.nodes),
        n0(g.import.nodesPerSec),
        n0(g.import.relationships),
        n0(g.import.relationshipsPerSec),
        n0(g.import.batchSize),
      ]),
    ),
    "",
    "Each size is loaded on top of the previous one (a smaller synthetic graph is a prefix of a bigger one), so the import rows count what was added.",
    "",
  );

  out.push(`## Throughput: API vs bare vs @neo4j/graphql (${options.loadSize} graph)`, "");
  const operations = [...new Set(report.load.map((c) => c.operation))];
  const cell = (server: string, operation: string) =>
    report.load.find((c) => c.server === server && c.operation === operation);
  out.push(
    table(
      [
        "operation",
        "API req/s",
        "bare req/s",
        "peer req/s",
        "API/bare",
        "API/peer",
        "API p50/p99 ms",
        "bare p50/p99 ms",
        "peer p50/p99 ms",
        "server CPU ms/request (api/bare/peer)",
        "errors (api/bare/peer)",
        "API RSS peak MB",
      ],
      operations.map((op) => {
        const [api, bare, peer] = [cell("api", op), cell("bare", op), cell("peer", op)];
        const na = report.notApplicable.find((x) => x.server === "peer" && x.operation === op);
        const lat = (c: typeof api) => (c ? `${n1(c.p50Ms)} / ${n1(c.p99Ms)}` : "n/a");
        return [
          op,
          n0(api?.reqPerSec),
          n0(bare?.reqPerSec),
          peer ? n0(peer.reqPerSec) : na ? "n/a" : "-",
          ratio(api?.reqPerSec, bare?.reqPerSec),
          ratio(api?.reqPerSec, peer?.reqPerSec),
          lat(api),
          lat(bare),
          peer ? lat(peer) : "n/a",
          [api, bare, peer].map((c) => (c ? n1(c.cpuMsPerRequest) : "-")).join(" / "),
          [api, bare, peer].map((c) => (c ? String(c.errors) : "-")).join(" / "),
          n0(api?.rssPeakMb),
        ];
      }),
    ),
    "",
  );
  if (report.notApplicable.length > 0)
    out.push(...report.notApplicable.map((x) => `- ${x.server} / ${x.operation}: ${x.reason}`), "");
  if (options.rounds > 1) {
    const rounds = (server: string, op: string) => cell(server, op)?.roundsReqPerSec.map(n0).join(", ") ?? "n/a";
    out.push(
      "Every round's req/s, in the order they ran:",
      "",
      table(
        ["operation", "API", "bare", "peer"],
        operations.map((op) => [op, rounds("api", op), rounds("bare", op), rounds("peer", op)]),
      ),
      "",
    );
  }
  const rss = (server: string) =>
    Math.max(0, ...report.load.filter((c) => c.server === server).map((c) => c.rssPeakMb));
  out.push(
    `Peak RSS under load: API ${n0(rss("api"))} MB, bare ${n0(rss("bare"))} MB, peer ${n0(rss("peer"))} MB. API cold start (spawn to /readyz 200): ${report.coldStartMs.map((ms) => `${n0(ms)} ms`).join(", ")}.`,
    "",
  );

  out.push("## Latency by graph size (sequential probe)", "", `![latency against graph size](${chartFile})`, "");
  const sizes = [...new Set(report.probe.map((p) => p.size))];
  const probeOps = [...new Set(report.probe.map((p) => p.operation))];
  out.push(
    table(
      ["operation", "server", ...sizes.map((s) => `${s} p50 / p95 / p99 ms`), "errors"],
      probeOps.flatMap((op) =>
        (["api", "bare"] as const).map((server) => {
          const of = (size: string) =>
            report.probe.find((p) => p.operation === op && p.server === server && p.size === size);
          return [
            op,
            server,
            ...sizes.map((s) => {
              const p = of(s);
              return p ? `${n1(p.p50Ms)} / ${n1(p.p95Ms)} / ${n1(p.p99Ms)}` : "n/a";
            }),
            String(
              report.probe.filter((p) => p.operation === op && p.server === server).reduce((a, p) => a + p.errors, 0),
            ),
          ];
        }),
      ),
    ),
    "",
  );
  out.push("## Notes", "", ...report.notes.map((n) => `- ${n}`), "");
  return out.join("\n");
}
