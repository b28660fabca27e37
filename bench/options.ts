/** Command-line options of `npm run bench`. */
export type GraphSize = "S" | "M" | "L";

export interface BenchOptions {
  quick: boolean;
  sizes: GraphSize[];
  /** Seconds of load per (server, operation) cell and round. */
  durationSec: number;
  /** Measured rounds: the servers take turns at each operation this many times; the median round is reported. */
  rounds: number;
  connections: number;
  /** Sequential requests per traversal operation in the latency probe. */
  probeRequests: number;
  /** Graph size on which the three servers are loaded side by side. */
  loadSize: GraphSize;
  seed: number;
  /** Rows per transaction when importing synthetic graphs. */
  batchSize: number;
  /** Allows the bench to delete the data of a non-empty database given by NEO4J_URI. */
  wipe: boolean;
}

/** Seconds of unmeasured load before each measured cell: half the cell, 1 to 2 s. */
export const warmupLoadSec = (options: Pick<BenchOptions, "durationSec">) =>
  Math.min(2, Math.max(1, Math.floor(options.durationSec / 2)));

export const SIZE_NODES: Record<GraphSize, number> = { S: 10_000, M: 100_000, L: 1_000_000 };

const USAGE = `Usage: npm run bench -- [--quick] [--sizes S,M,L] [--duration SECONDS] [--rounds N] [--connections N]
  [--probe N] [--load-size S|M|L] [--seed N] [--batch N] [--wipe]
  --quick        S graph only, short cells (CI); the default is sizes S,M with 10 s cells
  --sizes        graph sizes for the latency probe (L = 1M nodes / ~5M relationships: by hand only)
  --duration     seconds of load per server, operation and round
  --rounds       times the servers take turns at each operation (median reported; 3, or 1 with --quick)
  --connections  concurrent connections of the load generator
  --probe        sequential requests per operation in the latency probe
  --load-size    graph size the three servers are compared on (default: the smallest of --sizes)
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
    throw new UsageError(`--sizes: expected a list of S, M, L, got ${raw ?? "nothing"}\n${USAGE}`);
  return [...new Set(list as GraphSize[])].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
}

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes("--quick");
  const options: BenchOptions = {
    quick,
    sizes: quick ? ["S"] : ["S", "M"],
    durationSec: quick ? 2 : 10,
    rounds: quick ? 1 : 3,
    connections: 16,
    probeRequests: quick ? 100 : 200,
    loadSize: "S",
    seed: 20261129,
    batchSize: 10_000,
    wipe: false,
  };
  let loadSize: GraphSize | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === "--quick") continue;
    else if (arg === "--wipe") options.wipe = true;
    else if (arg === "--sizes") options.sizes = sizes(value());
    else if (arg === "--duration") options.durationSec = positiveInt(arg, value(), 3600);
    else if (arg === "--rounds") options.rounds = positiveInt(arg, value(), 9);
    else if (arg === "--connections") options.connections = positiveInt(arg, value(), 1000);
    else if (arg === "--probe") options.probeRequests = positiveInt(arg, value(), 100_000);
    else if (arg === "--load-size") loadSize = sizes(value())[0];
    else if (arg === "--seed") options.seed = positiveInt(arg, value(), 2 ** 31);
    else if (arg === "--batch") options.batchSize = positiveInt(arg, value(), 1_000_000);
    else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${arg}\n${USAGE}`);
  }
  options.loadSize = loadSize ?? options.sizes[0];
  if (!options.sizes.includes(options.loadSize))
    options.sizes = [...options.sizes, options.loadSize].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
  return options;
}
