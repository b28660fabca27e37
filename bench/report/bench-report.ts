import type { BenchOptions, GraphSize } from "../options";
import type { RoundsResult } from "../harness/rounds";
import type { ProbeResult } from "../harness/probe";
import type { ServerName } from "../operations";
import type { ImportStats } from "../synthetic/import-graph";

/** Everything one bench run measured; written as bench/results/<timestamp>.json. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  options: BenchOptions;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  neo4j: { ownProcess: boolean; heapMb?: number; pageCacheMb?: number; rssMb?: number };
  graphs: { size: GraphSize; nodes: number; relationships: number; copies: number; import: ImportStats }[];
  coldStartMs: number[];
  /** One row per server and operation: its median round (see medianRound). */
  load: ({
    size: GraphSize;
    server: ServerName;
    operation: string;
    connections: number;
    durationSec: number;
  } & RoundsResult)[];
  /** Operations a server cannot express, with the reason. */
  notApplicable: { server: ServerName; operation: string; reason: string }[];
  probe: ({ size: GraphSize; nodes: number; server: ServerName; operation: string } & ProbeResult)[];
  targets: Target[];
  notes: string[];
  /** Problems that make the run fail (errors in responses, a server that died). */
  failures: string[];
}

export interface Target {
  name: string;
  measured: string;
  expected: string;
  status: "PASS" | "FAIL" | "n/a";
}
