import type { AnswerCheck } from "../harness/answers";
import type { LoadResult } from "../harness/load";
import type { ProbeResult } from "../harness/probe";
import type { RatioInterval } from "../harness/stats";
import type { BenchOptions, GraphSize } from "../options";
import type { ImportStats } from "../synthetic/import-graph";
import type { ServerLabel } from "../workload/case";

/** Everything one bench run measured; written as bench/results/<timestamp>.json. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  options: BenchOptions;
  run: { commit: string; dirty: boolean; command: string; pinning: string };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    os: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  neo4j: { ownProcess: boolean; heapMb?: number; pageCacheMb?: number; rssMb?: number };
  graphs: {
    size: GraphSize;
    nodes: number;
    relationships: number;
    copies: number;
    import: ImportStats;
    degrees?: DegreeSummary;
  }[];
  coldStartMs: number[];
  answers: ({ size: GraphSize } & AnswerCheck)[];
  /** Every measured cell of every round, in the order they ran. */
  cells: ({
    size: GraphSize;
    server: ServerLabel;
    operation: string;
    round: number;
    position: number;
    /** The wait before the window for the server and Neo4j to go quiet (harness/settle.ts), absent in the quick mode. */
    settledMs?: number;
    /** CPU the server and Neo4j used during that wait: background work its warm-up set off. */
    settleCpuMs?: number;
    /** False when they were still busy when the wait gave up (the window then holds background work). */
    settledQuiet?: boolean;
  } & LoadResult)[];
  /** Paired per-round ratios with their 95% intervals (see stats.ts). */
  ratios: Ratio[];
  /** Operations a server is not asked, with the reason. */
  notApplicable: { server: ServerLabel; operation: string; reason: string }[];
  probe: ({
    size: GraphSize;
    nodes: number;
    server: ServerLabel;
    operation: string;
    set: ProbeSet;
    cases: string[];
  } & ProbeResult)[];
  targets: Target[];
  notes: string[];
  /** Problems that make the run fail (errors in responses, answers that differ, a server that died). */
  failures: string[];
  /**
   * Responses that said "busy, try again" (SERVICE_OVERLOADED, TIMEOUT) and cases left uncompared
   * because of them: they fail a full run (its figures are suspect), not a quick one (no defect).
   */
  transient: string[];
}

/** Where a probe starts: at or next to a hub (thousands of links), at a leaf, or the fixed workload. */
export type ProbeSet = "hub" | "leaf" | "fixed";

export interface DegreeSummary {
  nodes: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  top: { id: string; degree: number }[];
}

export interface Ratio {
  operation: string;
  numerator: ServerLabel;
  denominator: ServerLabel;
  measure: "cpuMsPerRequest" | "serverAndNeo4jCpuMsPerRequest" | "reqPerSec" | "p99Ms";
  interval: RatioInterval;
}

export interface Target {
  name: string;
  measured: string;
  expected: string;
  status: "PASS" | "FAIL" | "n/a";
  /** Why it failed, or what bounds it. */
  note?: string;
}
