import type { BenchReport, Target } from "./bench-report";

const PROBE_LIMITS: Record<string, number> = {
  relatedAilments: 50,
  causeTreatmentPaths: 50,
  recommendTherapies: 50,
  shortestPath: 100,
};
const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

/** The targets, each marked PASS or FAIL from the figures (n/a when the run did not measure it). */
export function evaluateTargets(report: Omit<BenchReport, "targets">): Target[] {
  const targets: Target[] = [];
  const cell = (server: string, operation: string) =>
    report.load.find((c) => c.server === server && c.operation === operation);
  const operations = [...new Set(report.load.map((c) => c.operation))];

  for (const operation of operations) {
    const api = cell("api", operation);
    const bare = cell("bare", operation);
    if (api && bare) {
      const ratio = api.reqPerSec / bare.reqPerSec;
      targets.push({
        name: `${operation}: API req/s vs bare`,
        measured: `${fmt(ratio)}x (${fmt(api.reqPerSec, 0)} vs ${fmt(bare.reqPerSec, 0)})`,
        expected: ">= 0.80x",
        status: ratio >= 0.8 ? "PASS" : "FAIL",
      });
    }
  }
  for (const operation of ["entityNested", "list"]) {
    const api = cell("api", operation);
    const peer = cell("peer", operation);
    if (!api || !peer) continue;
    const ratio = api.reqPerSec / peer.reqPerSec;
    const pass = ratio >= 2 && api.p99Ms < peer.p99Ms;
    targets.push({
      name: `${operation}: API vs @neo4j/graphql`,
      measured: `${fmt(ratio)}x req/s; p99 ${fmt(api.p99Ms, 0)} vs ${fmt(peer.p99Ms, 0)} ms`,
      expected: ">= 2x req/s and lower p99",
      status: pass ? "PASS" : "FAIL",
    });
  }
  for (const [operation, limit] of Object.entries(PROBE_LIMITS)) {
    const probe = report.probe.find((p) => p.size === "L" && p.server === "api" && p.operation === operation);
    targets.push(
      probe
        ? {
            name: `${operation}: p95 at L`,
            measured: `${fmt(probe.p95Ms, 1)} ms`,
            expected: `< ${limit} ms`,
            status: probe.p95Ms < limit ? "PASS" : "FAIL",
          }
        : {
            name: `${operation}: p95 at L`,
            measured: "not run (L is a by-hand run: --sizes S,M,L)",
            expected: `< ${limit} ms`,
            status: "n/a",
          },
    );
  }
  const apiRss = Math.max(0, ...report.load.filter((c) => c.server === "api").map((c) => c.rssPeakMb));
  if (apiRss > 0)
    targets.push({
      name: "API RSS under load (peak)",
      measured: `${fmt(apiRss, 0)} MB`,
      expected: "< 300 MB",
      status: apiRss < 300 ? "PASS" : "FAIL",
    });
  return targets;
}
