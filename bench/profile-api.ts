import "reflect-metadata";
import { loadConfig } from "../src/config/config";
import { Database } from "../src/db/database";
import { createApp } from "../src/server/app";
import { percentile } from "./harness/probe";
import { OPERATIONS } from "./operations";
import { BARE_HANDLERS } from "./servers/bare-handlers";
import { readSeedFolder } from "../src/seed/seed-folder";
import { GraphSize, SIZE_NODES } from "./options";
import { planSynthetic } from "./synthetic/synthetic-graph";

/**
 * Where the API's time goes, per operation, in ONE process with no network and no concurrency:
 * the API through Fastify's inject (HTTP parsing skipped, GraphQL and everything else included)
 * against the bare handler (same Cypher, same transactions), with the time spent inside Database
 * transactions and their count. Run against a database the bench has loaded (NEO4J_URI), e.g.
 *   NEO4J_URI=bolt://... node dist/bench/profile-api.js [requests] [S|M|L] [operation,...]
 * and with `node --cpu-prof` for a CPU profile of the same work.
 */
class Tally {
  private readonly samples: number[] = [];
  private db = 0;
  private tx = 0;

  add(totalMs: number, dbMs: number, transactions: number): void {
    this.samples.push(totalMs);
    this.db += dbMs;
    this.tx += transactions;
  }

  summary(): { p50: number; mean: number; db: number; tx: number } {
    const n = this.samples.length;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 0.5),
      mean: sorted.reduce((a, b) => a + b, 0) / n,
      db: this.db / n,
      tx: this.tx / n,
    };
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const size = (process.argv[3] ?? "S") as GraphSize;
  if (!(size in SIZE_NODES)) throw new Error(`size: expected S, M or L, got ${size}`);
  // Which generated ids exist depends on the size the bench loaded last.
  const { copies } = planSynthetic({ seed: readSeedFolder().graph, targetNodes: SIZE_NODES[size], prngSeed: 1 });
  const config = { ...loadConfig(), logLevel: "warn" };
  if (!config.neo4j.uri) throw new Error("Set NEO4J_URI to a database the bench has loaded");
  const db = Database.connect({ ...config.neo4j, uri: config.neo4j.uri });
  // Time spent in transactions: every query of the API and of the bare handlers goes through read().
  let dbMs = 0;
  let transactions = 0;
  const read = db.read.bind(db);
  db.read = async (label, work) => {
    const started = performance.now();
    transactions += 1;
    try {
      return await read(label, work);
    } finally {
      dbMs += performance.now() - started;
    }
  };
  const app = await createApp({ config, db });
  const rows: string[] = [];
  const only = process.argv[4]?.split(",");
  for (const operation of OPERATIONS.filter((o) => !only || only.includes(o.name))) {
    const api = operation.calls.api(copies);
    const bare = operation.calls.bare(copies);
    const runApi = async (i: number) => {
      const request = api.requests[i % api.requests.length];
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: request.body,
      });
      if (!api.check(response.body)) throw new Error(`${operation.name}: ${response.body.slice(0, 300)}`);
    };
    const runBare = async (i: number) => {
      const request = bare.requests[i % bare.requests.length];
      JSON.stringify(
        await BARE_HANDLERS[operation.name](db, JSON.parse(request.body ?? "{}") as Record<string, unknown>),
      );
    };
    // Interleaved, request by request, so drift (other load on the machine, warming caches) hits both alike.
    const totals = { api: new Tally(), bare: new Tally() };
    for (let i = 0; i < 20; i++) await Promise.all([runApi(i), runBare(i)]);
    for (let i = 0; i < count; i++) {
      for (const [name, run] of [
        ["api", runApi],
        ["bare", runBare],
      ] as const) {
        dbMs = 0;
        transactions = 0;
        const started = performance.now();
        await run(i);
        totals[name].add(performance.now() - started, dbMs, transactions);
      }
    }
    const [apiTimes, bareTimes] = [totals.api.summary(), totals.bare.summary()];
    const f = (v: number) => v.toFixed(2);
    rows.push(
      `| ${operation.name} | ${f(apiTimes.mean)} | ${f(apiTimes.db)} | ${f(apiTimes.mean - apiTimes.db)} | ${f(apiTimes.tx)} | ${f(bareTimes.mean)} | ${f(bareTimes.db)} | ${f(bareTimes.mean - bareTimes.db)} | ${f(bareTimes.tx)} |`,
    );
  }
  process.stdout.write(
    [
      `${count} sequential requests per operation, graph of ${copies} seed copies; times are means in ms.`,
      "| operation | API total | API in transactions | API outside | API tx/request | bare total | bare in transactions | bare outside | bare tx/request |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n") + "\n",
  );
  await app.close();
  await db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
