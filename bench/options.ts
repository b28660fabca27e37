/** Command-line options of `npm run bench`. */
export type GraphSize = "S" | "M" | "L";

export interface BenchOptions {
  quick: boolean;
  sizes: GraphSize[];
  /** Seconds of load per (server, operation) cell and round. */
  durationSec: number;
  /** Seconds of unmeasured load right before every cell. */
  cellWarmupSec: number;
  /** Seconds of each warm-up slice (before the first cell, and before every size's probes). */
  warmupSliceSec: number;
  /** Measured rounds: the servers take turns at each operation this many times, each round starting one server later. */
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

export const SIZE_NODES: Record<GraphSize, number> = { S: 10_000, M: 100_000, L: 1_000_000 };

const USAGE = `Usage: npm run bench -- [--quick] [--sizes S,M,L] [--duration SECONDS] [--rounds N] [--connections N]
  [--probe N] [--load-size S|M|L] [--seed N] [--batch N] [--wipe]
  --quick        S graph only, 1 s cells, one round (CI: fails only on errors and differing answers);
                 the default is sizes S,M,L, load on M, 5 s cells, 5 rounds
  --sizes        graph sizes for the latency probe (L = 1M nodes / ~5M relationships)
  --duration     seconds of load per server, operation and round (after 1 s of unmeasured load)
  --rounds       times the servers take turns at each operation (paired ratios need 2 or more; 5 by default)
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
    throw new UsageError(`--sizes: expected a list of S, M, L, got ${raw ?? "nothing"}\n${USAGE}`);
  return [...new Set(list as GraphSize[])].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
}

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes("--quick");
  const options: BenchOptions = {
    quick,
    sizes: quick ? ["S"] : ["S", "M", "L"],
    durationSec: quick ? 1 : 5,
    cellWarmupSec: 1,
    warmupSliceSec: quick ? 1 : 2,
    rounds: quick ? 1 : 5,
    connections: 16,
    probeRequests: quick ? 40 : 100,
    loadSize: quick ? "S" : "M",
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
    else if (arg === "--rounds") options.rounds = positiveInt(arg, value(), 30);
    else if (arg === "--connections") options.connections = positiveInt(arg, value(), 1000);
    else if (arg === "--probe") options.probeRequests = positiveInt(arg, value(), 100_000);
    else if (arg === "--load-size") loadSize = sizes(value())[0];
    else if (arg === "--seed") options.seed = positiveInt(arg, value(), 2 ** 31);
    else if (arg === "--batch") options.batchSize = positiveInt(arg, value(), 1_000_000);
    else if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    else throw new UsageError(`Unknown option ${arg}\n${USAGE}`);
  }
  options.loadSize = loadSize ?? (options.sizes.includes(options.loadSize) ? options.loadSize : options.sizes[0]);
  if (!options.sizes.includes(options.loadSize))
    options.sizes = [...options.sizes, options.loadSize].sort((a, b) => SIZE_NODES[a] - SIZE_NODES[b]);
  return options;
}
