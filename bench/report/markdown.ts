import { tooSlow } from "../harness/rounds";
import { median } from "../harness/stats";
import type { ServerLabel } from "../workload/case";
import type { BenchReport } from "./bench-report";
import { formatInterval } from "./targets";

const n0 = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? "n/a" : Math.round(v).toLocaleString("en-US");
const n1 = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "n/a" : v.toFixed(1));
const n2 = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "n/a" : v.toFixed(2));

/** Failed responses, with how many of them said "busy" (reports from before that was counted show 0). */
function errorsCell(results: { errors: number; transient?: number }[]): string {
  const errors = results.reduce((a, r) => a + r.errors, 0);
  const busy = results.reduce((a, r) => a + (r.transient ?? 0), 0);
  return `${errors} (${busy})`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

function header(report: BenchReport): string[] {
  const { options, machine, run } = report;
  const busy = Math.max(...machine.loadAverageAtStart, ...(machine.loadAverageAtEnd ?? [])) > machine.cpus;
  return [
    `# Benchmark ${report.startedAt}${options.quick ? " (quick)" : ""}`,
    "",
    `Commit ${run.commit}${run.dirty ? " **with uncommitted changes**" : " (clean working tree)"}; command \`${run.command}\`; ${report.startedAt} to ${report.finishedAt}.`,
    `Machine: ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}; load average (1/5/15 min) at start ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(" / ")}${machine.loadAverageAtEnd ? `, at end ${machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(" / ")}` : ""}${busy ? ` (above ${machine.cpus}: other work competed for the CPU; absolute figures are noisy, and CPU per request rises too when cores and caches are shared, so rerun on a quiet machine before quoting ratios)` : ""}.`,
    `What shared what: ${run.pinning}.`,
    `Neo4j: ${report.neo4j.ownProcess ? `throwaway local Neo4j 5.26 (heap ${report.neo4j.heapMb} MB, page cache ${report.neo4j.pageCacheMb} MB${report.neo4j.rssMb ? `, RSS at end ${n0(report.neo4j.rssMb)} MB` : ""})` : "the one at NEO4J_URI (its CPU is not measured)"}.`,
    `Load: autocannon, ${options.connections} connections, on the ${options.loadSize} graph; at least ${options.rounds} round${options.rounds === 1 ? "" : "s"}${options.quick ? "" : ", raised to a multiple of each operation's servers so each is first equally often"}, the server order rotating by one each round; every cell is ${options.durationSec} s measured after ${options.cellWarmupSec} s unmeasured; before the first cell, and before each size's probes, every server gets the same number of ${options.warmupSliceSec} s slices of unmeasured load. Probes: ${options.probeRequests} sequential requests per operation, set and size.`,
    "",
  ];
}

function loadTables(report: BenchReport): string[] {
  const out: string[] = [];
  const operations = [...new Set(report.cells.map((c) => c.operation))];
  const servers = [...new Set(report.cells.map((c) => c.server))];
  const cells = (op: string, s: ServerLabel) => report.cells.filter((c) => c.operation === op && c.server === s);
  const minimum = report.options.minCompletedRequests ?? 0;
  out.push(
    `## Load (${report.options.loadSize} graph): medians over rounds`,
    "",
    `Total CPU per request (server + Neo4j) is the primary figure: with both on one core, throughput is about its inverse. A cell with fewer than ${minimum} completed requests is too slow: it gives no figure, and the medians, ratios and targets leave it out.`,
    "",
  );
  const rows = operations.flatMap((op) =>
    servers.flatMap((s) => {
      const all = cells(op, s);
      if (all.length === 0) return [];
      const cs = all.filter((c) => !tooSlow(c, minimum));
      const slow = all.length - cs.length;
      if (cs.length === 0)
        return [[op, s, "**too slow**", "", "", "", "", "", `${slow} of ${slow}`, errorsCell(all), ""]];
      const m = (pick: (c: (typeof cs)[number]) => number) => median(cs.map(pick));
      return [
        [
          op,
          s,
          n2(m((c) => c.cpuMsPerRequest + c.neo4jCpuMsPerRequest)),
          n2(m((c) => c.cpuMsPerRequest)),
          n2(m((c) => c.neo4jCpuMsPerRequest)),
          n0(m((c) => c.reqPerSec)),
          n2(m((c) => c.generatorCpuMsPerRequest)),
          `${n1(m((c) => c.p50Ms))} / ${n1(m((c) => c.p99Ms))}`,
          `${slow} of ${all.length}`,
          errorsCell(all),
          n0(Math.max(...cs.map((c) => c.rssPeakMb))),
        ],
      ];
    }),
  );
  out.push(
    table(
      [
        "operation",
        "server",
        "**total CPU ms/req**",
        "server CPU ms/req",
        "Neo4j CPU ms/req",
        "req/s",
        "generator CPU ms/req",
        "p50 / p99 ms",
        "cells too slow",
        "errors (busy)",
        "RSS peak MB",
      ],
      rows,
    ),
    "",
  );
  if (report.notApplicable.length > 0)
    out.push(...report.notApplicable.map((x) => `- ${x.server} / ${x.operation}: ${x.reason}`), "");

  out.push("## Paired ratios: API / other server, geometric mean of the rounds' ratios [95% interval]", "");
  const ratioRows = operations.flatMap((op) =>
    [...new Set(report.ratios.filter((r) => r.operation === op).map((r) => r.denominator))].map((d) => {
      const of = (measure: string) => {
        const r = report.ratios.find((x) => x.operation === op && x.denominator === d && x.measure === measure);
        return r ? formatInterval(r.interval) : "n/a";
      };
      return [op, d, of("serverAndNeo4jCpuMsPerRequest"), of("cpuMsPerRequest"), of("reqPerSec"), of("p99Ms")];
    }),
  );
  out.push(
    table(
      [
        "operation",
        "API / …",
        "**total CPU (server + Neo4j) per request**",
        "server CPU per request",
        "throughput",
        "p99",
      ],
      ratioRows,
    ),
    "",
  );
  out.push(
    "Each round's total CPU ms per request (server + Neo4j) and req/s, in running order (position in the round in brackets; too slow: under the minimum of completed requests):",
    "",
  );
  const roundRows = operations.flatMap((op) =>
    servers.flatMap((s) => {
      const cs = cells(op, s).sort((a, b) => a.round - b.round);
      return cs.length === 0
        ? []
        : [
            [
              op,
              s,
              cs
                .map((c) =>
                  tooSlow(c, minimum)
                    ? `too slow [${c.position + 1}]`
                    : `${n2(c.cpuMsPerRequest + c.neo4jCpuMsPerRequest)} [${c.position + 1}]`,
                )
                .join(", "),
              cs.map((c) => (tooSlow(c, minimum) ? "too slow" : n0(c.reqPerSec))).join(", "),
            ],
          ];
    }),
  );
  out.push(table(["operation", "server", "total CPU ms/req per round", "req/s per round"], roundRows), "");
  out.push(...backgroundTable(report));
  return out;
}

/** What ran between each cell's warm-up and its window, per server: charged to it, outside the figures. */
function backgroundTable(report: BenchReport): string[] {
  const settled = report.cells.filter((c) => c.settledMs !== undefined);
  if (settled.length === 0) return [];
  const servers = [...new Set(settled.map((c) => c.server))];
  const rows = servers.map((s) => {
    const cs = settled.filter((c) => c.server === s);
    const busy = cs.filter((c) => c.settledQuiet === false);
    return [
      s,
      n2(cs.reduce((a, c) => a + (c.settleCpuMs ?? 0), 0) / 1000),
      n1(Math.max(...cs.map((c) => c.settledMs ?? 0)) / 1000),
      busy.length === 0 ? "0" : `${busy.length}: ${busy.map((c) => `${c.operation} r${c.round}`).join(", ")}`,
    ];
  });
  return [
    "Background work: before each window the harness waited until the server and Neo4j were quiet (at most 10% of a core over two 250 ms samples), so work a warm-up set off (the API's degree-statistics scan, checkpoints, GC) stays outside the figures; it is charged here to the server whose turn set it off.",
    "",
    table(
      ["server", "CPU s while waiting (server + Neo4j, all cells)", "longest wait s", "windows that started busy"],
      rows,
    ),
    "",
  ];
}

function probeTable(report: BenchReport): string[] {
  const sizes = [...new Set(report.probe.map((p) => p.size))];
  const keys = [...new Set(report.probe.map((p) => `${p.operation}|${p.set}|${p.server}`))];
  const rows = keys.map((key) => {
    const [op, set, server] = key.split("|");
    const at = (size: string) =>
      report.probe.find((p) => p.operation === op && p.set === set && p.server === server && p.size === size);
    return [
      op,
      set,
      server,
      ...sizes.map((s) => {
        const p = at(s);
        return p ? `${n1(p.p50Ms)} / ${n1(p.p95Ms)} / ${n1(p.p99Ms)}` : "n/a";
      }),
      errorsCell(report.probe.filter((p) => `${p.operation}|${p.set}|${p.server}` === key)),
    ];
  });
  const cases = [
    ...new Map(
      report.probe.filter((p) => p.set !== "fixed").map((p) => [`${p.operation} ${p.set}`, p.cases.join("; ")]),
    ).entries(),
  ];
  return [
    "## Latency by graph size (sequential probes)",
    "",
    "hub: questions that start at a hub or at an ailment caused by one (thousands of links); leaf: questions that start at entities with a handful of links; fixed: the load workload (operations without a starting entity).",
    "",
    table(["operation", "set", "server", ...sizes.map((s) => `${s} p50 / p95 / p99 ms`), "errors (busy)"], rows),
    "",
    "Probe cases (at the largest size):",
    "",
    ...cases.map(([k, v]) => `- ${k}: ${v}`),
    "",
  ];
}

/** The human report: bench/results/<timestamp>.md (and latest.md), chart beside it. */
export function renderMarkdown(report: BenchReport, chartFile: string): string {
  const out = header(report);
  if (report.failures.length > 0) out.push("## FAILURES", "", ...report.failures.map((f) => `- ${f}`), "");
  // Reports written before busy answers were counted apart have no `transient`.
  const busy = report.transient ?? [];
  if (busy.length > 0)
    out.push(
      "## Busy answers (SERVICE_OVERLOADED or TIMEOUT)",
      "",
      report.options.quick
        ? "Counted, not failed: the quick mode fails only on defects."
        : "They fail a full run: its figures were taken while servers shed load or timed out.",
      "",
      ...busy.map((f) => `- ${f}`),
      "",
    );
  out.push(
    "## Targets",
    "",
    "A ratio target passes only when its whole 95% interval is on the right side of the line.",
    "",
    table(
      ["target", "measured", "expected", "status", "note"],
      report.targets.map((t) => [t.name, t.measured, t.expected, `**${t.status}**`, t.note ?? ""]),
    ),
    "",
  );
  out.push("## Same answers (checked before any load)", "");
  out.push(
    table(
      ["size", "operation", "cases", "servers", "differences", "not compared (busy)", "null or empty answers"],
      report.answers.map((a) => [
        a.size,
        a.operation,
        String(a.cases),
        a.servers.join(", "),
        String(a.differences.length),
        String(a.transient?.length ?? 0),
        a.empty.length === 0
          ? "0"
          : `${a.empty.length}: ${a.empty.slice(0, 4).join("; ")}${a.empty.length > 4 ? "; …" : ""}`,
      ]),
    ),
    "",
  );
  out.push("## Graphs, import and degrees", "");
  out.push(
    table(
      [
        "size",
        "nodes",
        "relationships",
        "added nodes/s",
        "added rels/s",
        "degree median / p99 / p99.9 / max",
        "most linked",
      ],
      report.graphs.map((g) => [
        g.size,
        n0(g.nodes),
        n0(g.relationships),
        n0(g.import.nodesPerSec),
        n0(g.import.relationshipsPerSec),
        g.degrees ? `${g.degrees.p50} / ${g.degrees.p99} / ${g.degrees.p999} / ${n0(g.degrees.max)}` : "n/a",
        g.degrees?.top.map((t) => `${t.id} ${n0(t.degree)}`).join(", ") ?? "n/a",
      ]),
    ),
    "",
    `Each size is loaded on top of the previous one, ${n0(report.options.batchSize)} rows per transaction, so import rates count what was added.`,
    "",
  );
  out.push(...loadTables(report));
  out.push(`API cold start (spawn to /readyz 200): ${report.coldStartMs.map((ms) => `${n0(ms)} ms`).join(", ")}.`, "");
  out.push(...probeTable(report), `![latency against graph size](${chartFile})`, "");
  out.push("## Notes", "", ...report.notes.map((n) => `- ${n}`), "");
  return out.join("\n");
}
