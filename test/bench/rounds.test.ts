import { completedRequests, roundOrder, roundsFor, tooSlow } from "../../bench/harness/rounds";
import { isQuiet } from "../../bench/harness/settle";
import { parseOptions } from "../../bench/options";
import type { BenchReport } from "../../bench/report/bench-report";
import { renderMarkdown } from "../../bench/report/markdown";
import { pairedRatios } from "../../bench/report/ratios";
import { countedCells, evaluateTargets } from "../../bench/report/targets";
import type { ServerLabel } from "../../bench/workload/case";

describe("round order (each server first equally often)", () => {
  it("raises the rounds to a multiple of the servers, and keeps them in the quick mode", () => {
    expect(roundsFor(5, 7)).toBe(7);
    expect(roundsFor(5, 5)).toBe(5);
    expect(roundsFor(8, 3)).toBe(9);
    expect(roundsFor(5, 1)).toBe(5);
    expect(roundsFor(1, 7, true)).toBe(1);
  });

  it("puts every server at every position equally often over the rounds", () => {
    const servers = ["api", "floor", "bare", "peer"];
    for (const multiple of [1, 2]) {
      const rounds = roundsFor(5, servers.length) * multiple;
      const orders = Array.from({ length: rounds }, (_, i) => roundOrder(servers, i + 1));
      for (const order of orders) expect([...order].sort()).toEqual([...servers].sort());
      for (let position = 0; position < servers.length; position++) {
        const at = orders.map((order) => order[position]);
        for (const server of servers) expect(at.filter((s) => s === server)).toHaveLength(rounds / servers.length);
      }
    }
    expect(roundOrder(servers, 1)).toEqual(servers);
    expect(roundOrder(servers, 2)).toEqual(["floor", "bare", "peer", "api"]);
    expect(roundOrder([], 3)).toEqual([]);
  });
});

describe("the minimum of completed requests per cell", () => {
  it("counts answered requests only, and calls a cell under the minimum too slow", () => {
    expect(completedRequests({ requests: 60, errors: 15 })).toBe(45);
    expect(completedRequests({ requests: 3, errors: 5 })).toBe(0);
    expect(tooSlow({ requests: 60, errors: 15 }, 50)).toBe(true);
    expect(tooSlow({ requests: 50, errors: 0 }, 50)).toBe(false);
    expect(tooSlow({ requests: 0, errors: 0 }, 1)).toBe(true);
  });

  it("is 50 by default, 5 in the quick mode, and set by --min-requests", () => {
    expect(parseOptions([]).minCompletedRequests).toBe(50);
    expect(parseOptions(["--quick"]).minCompletedRequests).toBe(5);
    expect(parseOptions(["--min-requests", "200"]).minCompletedRequests).toBe(200);
    expect(() => parseOptions(["--min-requests", "0"])).toThrow(/--min-requests/);
  });

  type Cell = BenchReport["cells"][number];
  const cell = (server: ServerLabel, round: number, requests: number, cpu: number): Cell => ({
    size: "M",
    server,
    operation: "relatedAilments",
    round,
    position: 0,
    reqPerSec: requests / 5,
    requests,
    p50Ms: 10,
    p99Ms: 20,
    errors: 0,
    transient: 0,
    rssPeakMb: 100,
    rssMeanMb: 100,
    cpuMsPerRequest: cpu,
    neo4jCpuMsPerRequest: cpu,
    generatorCpuMsPerRequest: 0.1,
  });
  // Round 2: the API's cell completed 3 requests (say, in the slowest operation): no figure from it.
  const cells = [
    cell("api", 1, 400, 1),
    cell("floor", 1, 800, 0.5),
    cell("api", 2, 3, 900),
    cell("floor", 2, 800, 0.5),
    cell("api", 3, 400, 1),
    cell("floor", 3, 800, 0.5),
    cell("bare", 1, 0, NaN),
    cell("bare", 2, 2, 5000),
  ];
  const report = {
    startedAt: "2026-12-07T00:00:00.000Z",
    finishedAt: "2026-12-07T00:10:00.000Z",
    options: { ...parseOptions([]), minCompletedRequests: 50 },
    run: { commit: "abc", dirty: false, command: "npm run bench", pinning: "not pinned" },
    machine: { cpus: 2, cpuModel: "x", memoryGb: 8, node: "v20", os: "linux", loadAverageAtStart: [0, 0, 0] },
    neo4j: { ownProcess: true },
    graphs: [],
    coldStartMs: [],
    answers: [],
    cells,
    notApplicable: [],
    probe: [],
    notes: [],
    failures: [],
    transient: [],
    ratios: pairedRatios(cells, 50),
    targets: [],
  } as BenchReport;

  it("leaves a too slow cell out of the paired ratios", () => {
    const total = report.ratios.find((r) => r.denominator === "floor" && r.measure === "serverAndNeo4jCpuMsPerRequest");
    expect(total?.interval.rounds).toEqual([2, 2]);
    expect(report.ratios.some((r) => r.denominator === "bare")).toBe(false);
    expect(countedCells(report)).toHaveLength(5);
  });

  it("reports no figure from a too slow cell, and fails the API's cell target", () => {
    const targets = evaluateTargets(report);
    const floor = targets.find((t) => t.name.includes("API/floor total CPU"));
    expect(floor?.measured).toMatch(/^2\.00x \[2\.00, 2\.00\]; median 2\.00 vs 1\.00 ms/);
    expect(floor?.measured).not.toContain("900");
    expect(targets.find((t) => t.name.includes("- bare's"))).toMatchObject({ status: "n/a" });
    expect(targets.find((t) => t.name.startsWith("API cells with at least 50"))).toMatchObject({
      status: "FAIL",
      measured: "too slow: relatedAilments round 2",
    });
    const markdown = renderMarkdown({ ...report, targets }, "chart.svg");
    expect(markdown).toMatch(/\| relatedAilments \| bare \| \*\*too slow\*\* \|/);
    expect(markdown).toContain("too slow [1]");
    expect(markdown).not.toMatch(/5000|900\.00|1800/);
  });
});

describe("settling before a measured window", () => {
  it("calls a process quiet at no more than a tenth of a core over the window", () => {
    expect(isQuiet(20, 250)).toBe(true);
    expect(isQuiet(30, 250)).toBe(false);
    expect(isQuiet(0, 250)).toBe(true);
    expect(isQuiet(100, 1000, 0.05)).toBe(false);
  });
});
