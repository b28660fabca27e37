/** Command-line options of `npm run bench`. */
/** XS is the quick mode's graph (it only checks that the bench works); S, M and L are measured. */
export type GraphSize = "XS" | "S" | "M" | "L";

export interface BenchOptions {
  quick: boolean;
  sizes: GraphSize[];
  /** Seconds of load per (server, operation) cell and round. */
  durationSec: number;
  /** Seconds of unmeasured load right before every cell (0: none). */
  cellWarmupSec: number;
  /** Seconds of each warm-up slice (before the first cell, and before every size's probes; 0: no warm-up). */
  warmupSliceSec: number;
  /**
   * Measured rounds: the servers take turns at each operation at least this many times, each round
   * starting one server later; raised to a multiple of the operation's servers (harness/rounds.ts),
   * so each is first equally often (the quick mode runs exactly this many).
   */
  rounds: number;
  /** Completed requests a measured cell needs for its figures to count; below it the cell is "too slow". */
  minCompletedRequests: number;
  connections: number;
  /** Sequential requests per traversal operation in the latency probe. */
  probeRequests: number;
  /** Unmeasured sequential requests before each probe. */
  probeWarmup: number;
  /** Cases per operation whose answers are compared across servers (null: every case). */
  answerCases: number | null;
  /**
   * The API's event-loop-delay and heap guards (MAX_EVENT_LOOP_DELAY_MS, MAX_HEAP_USED_MB) as
   * `npm start` has them (true), or off (false: the quick mode, where a busy CI machine would
   * otherwise make the API shed requests that the check is not about).
   */
  loadShedding: boolean;
  /** Graph size on which the three servers are loaded side by side. */
  loadSize: GraphSize;
  seed: number;
  /** Rows per transaction when importing synthetic graphs. */
  batchSize: number;
  /** Only these operations (null: every one); validated against the workload by the run. */
  operations: string[] | null;
  /** Only these servers beside the API (null: every one); validated against the bench's servers by the run. */
  servers: string[] | null;
  /** Allows the bench to delete the data of a non-empty database given by NEO4J_URI. */
  wipe: boolean;
}

export const SIZE_NODES: Record<GraphSize, number> = { XS: 1_000, S: 10_000, M: 100_000, L: 1_000_000 };

const USAGE = `Usage: npm run bench -- [--quick] [--sizes S,M,L] [--duration SECONDS] [--rounds N] [--connections N]
  [--probe N] [--load-size S|M|L] [--operations NAME,...] [--servers NAME,...]
  [--min-requests N] [--seed N] [--batch N] [--wipe]
  --quick        checks that the bench works (CI): an XS graph (1k nodes), 0.5 s cells without warm-up, one
                 round, 4 connections, 12 compared cases per operation, the API's event-loop and heap
                 guards off; fails only on defects (differing answers, errors other than SERVICE_OVERLOADED
                 or TIMEOUT, a server gone), counting those two apart; the default is sizes S,M,L, load on M,
                 5 s cells, 5 rounds, and any failed response fails the run
  --sizes        graph sizes for the latency probe (XS = 1k nodes, S = 10k, M = 100k, L = 1M / ~5M relationships)
  --duration     seconds of load per server, operation and round (after 1 s of unmeasured load)
  --rounds       times the servers take turns at each operation, at least (paired ratios need 2 or more; 5 by
                 default), raised to a multiple of the operation's servers so each is first equally often
  --min-requests completed requests a measured cell needs (50 by default, 5 in the quick mode); a cell with
                 fewer reads "too slow" and no figure, ratio or target is taken from it
  --operations   only these operations (a short run of a few cells; default: all)
  --servers      only these servers beside api (e.g. floor,bare; default: all); the rounds follow their count
  --connections  concurrent connections of the load generator
  --probe        sequential requests per operation in the latency probe
  --load-size    graph size the servers are loaded on (default: M, or the smallest of --sizes without M)
  --seed         PRNG seed of the synthetic graphs
  --batch        rows per import transaction
  --wipe         allow deleting the data of a non-empty database at NEO4J_URI
Uses NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) when set, else starts a throwaway Neo4j.
The bench replaces the data of the database it uses with synthetic graphs.`;

export class UsageError extends Error {}

function positiveInt(name: string, raw: string | undefined, max: number): number {
  const value = Number(raw);
  if (!raw || !/^\d+$/.test(raw) || value < 1 || value > max)
    throw new UsageError(`${name}: expected an integer from 1 to ${max}, got ${raw ?? "nothing"}\n${USAGE}`);
  return value;
}

function sizes(raw: string | undefined): GraphSize[] {
  const list = (raw ?? "")
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  if (list.length === 0 || list.some((s) => !(s in SIZE_NODES)))
    throw new UsageError(`--sizes: expected a list of XS, S, M, L, got ${raw ?? "nothing"}\n${USAGE}`);
  return [...new Set(list as GraphSize[])].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
}

function names(option: string, raw: string | undefined): string[] {
  const list = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError(`${option}: expected a comma-separated list, got nothing\n${USAGE}`);
  return [...new Set(list)];
}

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes("--quick");
  const options: BenchOptions = {
    quick,
    sizes: quick ? ["XS"] : ["S", "M", "L"],
    // Half-second cells in the quick mode: enough requests to see errors, on every server and operation.
    durationSec: quick ? 0.5 : 5,
    cellWarmupSec: quick ? 0 : 1,
    warmupSliceSec: quick ? 0 : 2,
    rounds: quick ? 1 : 5,
    minCompletedRequests: quick ? 5 : 50,
    connections: quick ? 4 : 16,
    probeRequests: quick ? 5 : 100,
    probeWarmup: quick ? 1 : 10,
    answerCases: quick ? 12 : null,
    loadShedding: !quick,
    loadSize: quick ? "XS" : "M",
    seed: 20261129,
    batchSize: 10_000,
    wipe: false,
    operations: null,
    servers: null,
  };
  let loadSize: GraphSize | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === "--quick") continue;
    else if (arg === "--wipe") options.wipe = true;
    else if (arg === "--sizes") options.sizes = sizes(value());
    else if (arg === "--duration") options.durationSec = positiveInt(arg, value(), 3600);
    else if (arg === "--rounds") options.rounds = positiveInt(arg, value(), 30);
    else if (arg === "--min-requests") options.minCompletedRequests = positiveInt(arg, value(), 1_000_000);
    else if (arg === "--connections") options.connections = positiveInt(arg, value(), 1000);
    else if (arg === "--probe") options.probeRequests = positiveInt(arg, value(), 100_000);
    else if (arg === "--load-size") loadSize = sizes(value())[0];
    else if (arg === "--seed") options.seed = positiveInt(arg, value(), 2 ** 31);
    else if (arg === "--batch") options.batchSize = positiveInt(arg, value(), 1_000_000);
    else if (arg === "--operations") options.operations = names(arg, value());
    else if (arg === "--servers") options.servers = names(arg, value());
    else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${arg}\n${USAGE}`);
  }
  options.loadSize = loadSize ?? (options.sizes.includes(options.loadSize) ? options.loadSize : options.sizes[0]);
  if (!options.sizes.includes(options.loadSize))
    options.sizes = [...options.sizes, options.loadSize].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
  return options;
}
