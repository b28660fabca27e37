import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config";
import { runningNeo4j, startLocalNeo4j } from "../src/local-neo4j";
import { cleanUpSoakData, CleanUpResult } from "./cleanup";
import { nextRequest, SoakRequest } from "./mix";

/**
 * npm run soak: a bounded load-and-faults run against a running API. N connections send the
 * soak mix (soak/mix.ts: reads, a share of writes, a sprinkle of attacks) for a fixed time, then
 * it prints the requests, errors by code, latency percentiles and the API's RSS at start, middle
 * and end. With --restart-neo4j it kills the local Neo4j (kill -9) half way and starts it again,
 * and reports how long the API took to answer again. Exit 1 when any answer is an error other
 * than a shed 503 (SERVICE_OVERLOADED), an expected refusal of an attack, or, during the Neo4j
 * outage, DATABASE_UNAVAILABLE / TIMEOUT.
 */
const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    duration: { type: "string", default: "120" },
    connections: { type: "string", default: "50" },
    "write-ratio": { type: "string", default: "0.02" },
    "attack-ratio": { type: "string", default: "0.005" },
    short: { type: "boolean", default: false },
    pid: { type: "string" },
    "api-key": { type: "string" },
    "metrics-token": { type: "string" },
    "restart-neo4j": { type: "boolean", default: false },
    json: { type: "string" },
  },
});

const url = (args.url ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`).replace(/\/$/, "");
const durationS = args.short ? 15 : Number(args.duration);
const connections = args.short ? 8 : Number(args.connections);
const apiKey = args["api-key"] ?? process.env.CURATOR_API_KEYS?.split(",")[0]?.trim();
const metricsToken = args["metrics-token"] ?? process.env.METRICS_TOKEN;

interface Tally {
  requests: number;
  byKind: Record<string, number>;
  codes: Map<string, number>;
  latencies: number[];
  outageCodes: Map<string, number>;
  /** Errors by operation and code, to say which operation failed how. */
  failures: Map<string, number>;
  rss: { atS: number; mb: number }[];
}
const tally: Tally = {
  requests: 0,
  byKind: {},
  codes: new Map(),
  latencies: [],
  outageCodes: new Map(),
  failures: new Map(),
  rss: [],
};
let inOutage = false;
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

async function rssMb(): Promise<number | undefined> {
  if (args.pid) {
    const status = readFileSync(`/proc/${args.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  }
  if (!metricsToken) return undefined;
  const text = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } }).then(
    (r) => r.text(),
    () => "",
  );
  const bytes = /^process_resident_memory_bytes (\S+)/m.exec(text)?.[1];
  return bytes ? Number(bytes) / 1024 / 1024 : undefined;
}

/** What one answer was: "ok", the first error's code, or HTTP_<status>. */
async function send(request: SoakRequest): Promise<string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (request.kind === "write" && apiKey) headers.authorization = `Bearer ${apiKey}`;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: { errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return `HTTP_${response.status}`;
    }
    return body.errors?.[0]?.extensions?.code ?? (response.ok ? "ok" : `HTTP_${response.status}`);
  } catch (error) {
    return (error as Error).name === "TimeoutError" ? "CLIENT_TIMEOUT" : "CONNECTION_ERROR";
  }
}

async function worker(id: number, until: number): Promise<void> {
  for (let i = id; Date.now() < until; i += connections) {
    const request = nextRequest(i, {
      writeRatio: Number(args["write-ratio"]),
      attackRatio: Number(args["attack-ratio"]),
      canWrite: !!apiKey,
    });
    const started = performance.now();
    const code = await send(request);
    tally.requests += 1;
    tally.byKind[request.kind] = (tally.byKind[request.kind] ?? 0) + 1;
    if (request.kind !== "attack") tally.latencies.push(performance.now() - started);
    const key =
      request.kind === "attack"
        ? code === "QUERY_TOO_COMPLEX"
          ? "attack refused (QUERY_TOO_COMPLEX)"
          : `attack answered ${code}`
        : code;
    bump(inOutage && code !== "ok" ? tally.outageCodes : tally.codes, key);
    if (code !== "ok" && request.kind !== "attack") bump(tally.failures, `${request.name}: ${code}`);
  }
}

async function restartNeo4jHalfWay(atMs: number): Promise<number | undefined> {
  await new Promise((resolve) => setTimeout(resolve, atMs));
  const config = loadConfig();
  const running = runningNeo4j(config.localNeo4j.dataDir);
  if (!running) {
    process.stderr.write(`--restart-neo4j: no local Neo4j recorded in ${config.localNeo4j.dataDir}; skipped.\n`);
    return undefined;
  }
  inOutage = true;
  const killedAt = Date.now();
  process.kill(running.pid, "SIGKILL");
  process.stderr.write(
    `Killed Neo4j (pid ${running.pid}) with SIGKILL at ${((killedAt - startedAt) / 1000).toFixed(0)} s; starting it again...\n`,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const { heapMb, pageCacheMb, boltPort, dataDir } = config.localNeo4j;
  await startLocalNeo4j({ dataDir, port: boltPort, heapMb, pageCacheMb, password: config.neo4j.password || undefined });
  const neo4jUpAt = Date.now();
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (
      ready === 200 &&
      (await send({ kind: "read", name: "probe", query: `{ ailment(id: "muscle-spasm") { id } }` })) === "ok"
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  inOutage = false;
  process.stderr.write(
    `Neo4j was back after ${((neo4jUpAt - killedAt) / 1000).toFixed(1)} s; the API answered again ${((Date.now() - neo4jUpAt) / 1000).toFixed(1)} s later.\n`,
  );
  return (Date.now() - killedAt) / 1000;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const startedAt = Date.now();

async function main(): Promise<void> {
  if (
    (await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  )
    throw new Error(`No API answers at ${url}/healthz; start it first (npm start).`);
  process.stderr.write(
    `Soak: ${durationS} s, ${connections} connections against ${url}; writes ${apiKey ? "on" : "off (no CURATOR_API_KEYS / --api-key)"}; RSS ${args.pid ? `of pid ${args.pid}` : metricsToken ? "from /metrics" : "unknown (give --pid or METRICS_TOKEN)"}.\n`,
  );
  const until = Date.now() + durationS * 1000;
  const sample = async () => {
    const mb = await rssMb().catch(() => undefined);
    if (mb !== undefined) tally.rss.push({ atS: (Date.now() - startedAt) / 1000, mb });
  };
  const sampler = setInterval(() => void sample(), 1_000);
  const first = await rssMb().catch(() => undefined);
  if (first !== undefined) tally.rss.push({ atS: 0, mb: first });
  const restart = args["restart-neo4j"] ? restartNeo4jHalfWay((durationS * 1000) / 2) : Promise.resolve(undefined);
  await Promise.all(Array.from({ length: connections }, (_, i) => worker(i, until)));
  const recoveryS = await restart;
  clearInterval(sampler);
  const last = await rssMb().catch(() => undefined);
  if (last !== undefined) tally.rss.push({ atS: (Date.now() - startedAt) / 1000, mb: last });
  const cleanUp = apiKey ? await cleanUpSoakData(url, apiKey) : undefined;
  report(recoveryS, cleanUp);
}

function rssAt(fraction: number): number | undefined {
  if (tally.rss.length === 0) return undefined;
  const target = fraction * tally.rss[tally.rss.length - 1].atS;
  return tally.rss.reduce((best, s) => (Math.abs(s.atS - target) < Math.abs(best.atS - target) ? s : best)).mb;
}

function report(recoveryS: number | undefined, cleanUp: CleanUpResult | undefined): void {
  const seconds = (Date.now() - startedAt) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const allowed = new Set([
    "ok",
    "SERVICE_OVERLOADED",
    "attack refused (QUERY_TOO_COMPLEX)",
    "attack answered SERVICE_OVERLOADED",
  ]);
  const bad = [...tally.codes].filter(([code]) => !allowed.has(code));
  const outageAllowed = new Set([
    "DATABASE_UNAVAILABLE",
    "TIMEOUT",
    "SERVICE_OVERLOADED",
    "attack refused (QUERY_TOO_COMPLEX)",
  ]);
  const badOutage = [...tally.outageCodes].filter(([code]) => !outageAllowed.has(code));
  const fmt = (mb: number | undefined) => (mb === undefined ? "n/a" : `${mb.toFixed(0)} MB`);
  const warm = rssAt(0.2);
  const end = rssAt(1);
  const lines = [
    `requests: ${tally.requests} in ${seconds.toFixed(0)} s (${(tally.requests / seconds).toFixed(0)}/s): ${Object.entries(
      tally.byKind,
    )
      .map(([k, n]) => `${n} ${k}s`)
      .join(", ")}`,
    `answers: ${[...tally.codes]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(", ")}`,
    ...(tally.failures.size
      ? [`errors by operation: ${[...tally.failures].map(([k, n]) => `${k} ${n}`).join(", ")}`]
      : []),
    ...(tally.outageCodes.size
      ? [`during the Neo4j outage: ${[...tally.outageCodes].map(([code, n]) => `${code} ${n}`).join(", ")}`]
      : []),
    `latency of reads and writes (ms): p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${percentile(sorted, 100).toFixed(0)}`,
    `API RSS: start ${fmt(rssAt(0))}, after warm-up (20%) ${fmt(warm)}, middle ${fmt(rssAt(0.5))}, end ${fmt(end)}, peak ${fmt(tally.rss.length ? Math.max(...tally.rss.map((s) => s.mb)) : undefined)}` +
      (warm && end ? ` (end vs warm-up ${(((end - warm) / warm) * 100).toFixed(1)}%)` : ""),
    ...(recoveryS !== undefined ? [`Neo4j kill -9 to queries answered again: ${recoveryS.toFixed(1)} s`] : []),
    ...(cleanUp
      ? [
          `clean-up: deleted ${cleanUp.deleted.length} soak entities, ${cleanUp.absent.length} never written` +
            (cleanUp.failed.length
              ? `; FAILED to delete ${cleanUp.failed.map((f) => `${f.id} (${f.problem})`).join(", ")}`
              : ""),
        ]
      : []),
    bad.length || badOutage.length
      ? `FAIL: unexpected answers: ${[...bad, ...badOutage].map(([c, n]) => `${c} ${n}`).join(", ")}`
      : "OK: no errors other than shed 503s and refused attacks",
  ];
  process.stdout.write(lines.join("\n") + "\n");
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify(
        {
          ...tally,
          codes: Object.fromEntries(tally.codes),
          failures: Object.fromEntries(tally.failures),
          outageCodes: Object.fromEntries(tally.outageCodes),
          latencies: undefined,
          p95: percentile(sorted, 95),
          recoveryS,
        },
        null,
        2,
      ),
    );
  process.exitCode = bad.length || badOutage.length || cleanUp?.failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
