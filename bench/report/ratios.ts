import { tooSlow } from "../harness/rounds";
import { pairedRatio } from "../harness/stats";
import type { ServerLabel } from "../workload/case";
import type { BenchReport, Ratio } from "./bench-report";

const DENOMINATORS: ServerLabel[] = [
  "floor",
  "bare",
  "api-managed",
  "api-no-look-ahead",
  "apollo",
  "neo4j-graphql",
  "neo4j-graphql-connection",
];
/** Total CPU (server + Neo4j) per request first: with both on one core it is what bounds throughput. */
const MEASURES: Ratio["measure"][] = ["serverAndNeo4jCpuMsPerRequest", "cpuMsPerRequest", "reqPerSec", "p99Ms"];

type Cell = BenchReport["cells"][number];

function value(cell: Cell, measure: Ratio["measure"]): number {
  return measure === "serverAndNeo4jCpuMsPerRequest" ? cell.cpuMsPerRequest + cell.neo4jCpuMsPerRequest : cell[measure];
}

/**
 * The API against every other server, per operation and measure, paired round by round. A round in
 * which either cell completed fewer than `minCompleted` requests (too slow) gives no ratio.
 */
export function pairedRatios(cells: readonly Cell[], minCompleted = 0): Ratio[] {
  const ratios: Ratio[] = [];
  const counted = cells.filter((c) => !tooSlow(c, minCompleted));
  const operations = [...new Set(counted.map((c) => c.operation))];
  for (const operation of operations) {
    const of = (server: ServerLabel) =>
      new Map(counted.filter((c) => c.operation === operation && c.server === server).map((c) => [c.round, c]));
    const api = of("api");
    for (const denominator of DENOMINATORS) {
      const other = of(denominator);
      const rounds = [...api.keys()].filter((round) => other.has(round)).sort((a, b) => a - b);
      if (rounds.length === 0) continue;
      for (const measure of MEASURES) {
        const interval = pairedRatio(
          rounds.map((r) => value(api.get(r)!, measure)),
          rounds.map((r) => value(other.get(r)!, measure)),
        );
        ratios.push({ operation, numerator: "api", denominator, measure, interval });
      }
    }
  }
  return ratios;
}
