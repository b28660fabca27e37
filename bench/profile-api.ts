import "reflect-metadata";
import { loadConfig } from "../src/config";
import { Database } from "../src/db";
import { createContext } from "../src/graphql";
import { readSeedFolder } from "../src/seed";
import { createApp } from "../src/server";
import { percentile } from "./harness/probe";
import { GraphSize, SIZE_NODES } from "./options";
import { BARE_HANDLERS } from "./servers/bare-handlers";
import { planSynthetic } from "./synthetic/synthetic-graph";
import { listCursors } from "./workload/list-cursors";
import { OPERATIONS } from "./workload/operations";
import { runMain } from "./harness/run-main";

/**
 * Where the API's time goes, per operation, in ONE process with no network and no concurrency:
 * the API through Fastify's inject (HTTP parsing skipped, GraphQL and everything else included)
 * against the bare handler (the same services, no GraphQL), with the wall time during which at
 * least one database call was running (one-statement auto-commit reads, readRows, and managed
 * transactions, read, whichever NEO4J_READ_TRANSACTIONS picks) and the calls per request. Run
 * against a database the bench has loaded (NEO4J_URI), e.g.
 *   NEO4J_URI=bolt://... node dist/bench/profile-api.js [requests] [S|M|L|seed] [operation,...]
 * and with `node --cpu-prof` for a CPU profile of the same work.
 */
let active = 0;
let since = 0;
let dbMs = 0;

/** Times every database call of every request's view (they all share Database.prototype). */
function instrumentDatabase(): void {
  const proto = Database.prototype as unknown as Record<"read" | "readRows", (...args: unknown[]) => Promise<unknown>>;
  for (const method of ["read", "readRows"] as const) {
    const original = proto[method];
    proto[method] = async function (this: unknown, ...args: unknown[]) {
      if (active === 0) since = performance.now();
      active += 1;
      try {
        return await original.apply(this, args);
      } finally {
        active -= 1;
        if (active === 0) dbMs += performance.now() - since;
      }
    };
  }
}

class Tally {
  private readonly samples: number[] = [];
  private db = 0;
  private calls = 0;

  add(totalMs: number, inDbMs: number, dbCalls: number): void {
    this.samples.push(totalMs);
    this.db += inDbMs;
    this.calls += dbCalls;
  }

  summary(): { p50: number; mean: number; db: number; calls: number } {
    const n = this.samples.length;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 0.5),
      mean: sorted.reduce((a, b) => a + b, 0) / n,
      db: this.db / n,
      calls: this.calls / n,
    };
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const size = process.argv[3] ?? "S";
  if (!(size in SIZE_NODES) && size !== "seed") throw new Error(`size: expected S, M, L or seed, got ${size}`);
  // Which generated ids exist depends on the size the bench loaded last ("seed": the seed graph alone).
  const copies =
    size === "seed"
      ? 1
      : planSynthetic({ seed: readSeedFolder().graph, targetNodes: SIZE_NODES[size as GraphSize], prngSeed: 1 }).copies;
  const config = { ...loadConfig(), logLevel: "warn" };
  if (!config.neo4j.uri) throw new Error("Set NEO4J_URI to a database the bench has loaded");
  instrumentDatabase();
  const db = Database.connect({ ...config.neo4j, uri: config.neo4j.uri });
  const app = await createApp({ config, db });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const ctx = { copies, listAfter: await listCursors(url) };
  const rows: string[] = [];
  const only = process.argv[4]?.split(",");
  // Conditional GETs never reach GraphQL or the services: nothing of theirs to split.
  for (const operation of OPERATIONS.filter((o) => !o.conditional && (!only || only.includes(o.name)))) {
    const cases = operation.load(ctx);
    const runApi = async (i: number) => {
      const request = cases[i % cases.length].asks.api!;
      const response = await app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json" },
        payload: request.body,
      });
      if (response.statusCode !== 200 || response.body.includes('"errors"'))
        throw new Error(`${operation.name}: ${response.body.slice(0, 300)}`);
    };
    const runBare = async (i: number) => {
      const request = cases[i % cases.length].asks.bare!;
      const { services } = createContext({ db, config, viewer: null });
      JSON.stringify({
        data: await BARE_HANDLERS[request.path.slice("/op/".length)](
          services,
          JSON.parse(request.body ?? "{}") as Record<string, unknown>,
        ),
      });
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
        // Every request's database view adds its calls to the shared Database's count.
        const callsBefore = db.transactionCount;
        const started = performance.now();
        await run(i);
        totals[name].add(performance.now() - started, dbMs, db.transactionCount - callsBefore);
      }
    }
    const [a, b] = [totals.api.summary(), totals.bare.summary()];
    const f = (v: number) => v.toFixed(2);
    rows.push(
      `| ${operation.name} | ${f(a.mean)} | ${f(a.db)} | ${f(a.mean - a.db)} | ${f(a.calls)} | ${f(b.mean)} | ${f(b.db)} | ${f(b.mean - b.db)} | ${f(b.calls)} |`,
    );
  }
  process.stdout.write(
    [
      `${count} sequential requests per operation, graph of ${copies} seed copies, reads ${config.neo4j.readTransactions}; times are means in ms.`,
      "| operation | API total | API waiting on Neo4j | API outside | API db calls | bare total | bare waiting on Neo4j | bare outside | bare db calls |",
      "|---|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n") + "\n",
  );
  await app.close();
  await db.close();
}

runMain(main);
