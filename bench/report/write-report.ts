import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchReport } from "./bench-report";
import { renderMarkdown } from "./markdown";
import { latencyChartSvg, Series } from "./svg-chart";

const SIZE_ORDER = ["XS", "S", "M", "L"];

/** API latency of each probed operation against graph size, p50 and p95. */
function chartSeries(report: BenchReport): Series[] {
  const operations = [...new Set(report.probe.map((p) => p.operation))];
  return operations.map((operation) => {
    const points = report.probe
      .filter((p) => p.server === "api" && p.operation === operation && p.set !== "leaf")
      .sort((a, b) => SIZE_ORDER.indexOf(a.size) - SIZE_ORDER.indexOf(b.size));
    return {
      label: `${operation}${points[0]?.set === "hub" ? " (hub)" : ""}`,
      p50: points.map((p) => [p.nodes, p.p50Ms]),
      p95: points.map((p) => [p.nodes, p.p95Ms]),
    };
  });
}

/**
 * Writes latest.json, latest.md and latest-latency.svg; a full run also keeps them under its start
 * time (<stamp>.*), the files to commit as a reference. Returns the .md path.
 */
export function writeReport(report: BenchReport, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = report.options.quick ? "latest" : report.startedAt.replace(/[:.]/g, "-");
  const svgName = `${stamp}-latency.svg`;
  const svg = latencyChartSvg({
    title: "API latency against graph size (sequential probe, from hubs)",
    series: chartSeries(report),
    thresholds: [
      { ms: 50, label: "50 ms target (p95 at L)" },
      { ms: 100, label: "100 ms (shortestPath)" },
    ],
  });
  writeFileSync(join(dir, svgName), svg);
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(dir, `${stamp}.md`), renderMarkdown(report, svgName));
  if (stamp !== "latest") {
    copyFileSync(join(dir, svgName), join(dir, "latest-latency.svg"));
    copyFileSync(join(dir, `${stamp}.json`), join(dir, "latest.json"));
    writeFileSync(join(dir, "latest.md"), renderMarkdown(report, "latest-latency.svg"));
  }
  return join(dir, `${stamp}.md`);
}
