import autocannon from "autocannon";
import type { HttpRequest } from "../workload/case";
import { cpuMs, sampleRss } from "./child-server";
import { FailureTally } from "./outcome";

/** True when a response body is a success for the operation; anything else counts as an error. */
export type BodyCheck = (body: string) => boolean;

export interface LoadResult {
  reqPerSec: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-200 answers, bodies failing the check (GraphQL `errors`, no data), socket errors and timeouts. */
  errors: number;
  /** Of `errors`, those that say "busy, try again" (SERVICE_OVERLOADED, TIMEOUT, timed-out requests; outcome.ts). */
  transient: number;
  rssPeakMb: number;
  rssMeanMb: number;
  /** Server CPU time (user + system, /proc/<pid>/stat) per request during the cell. */
  cpuMsPerRequest: number;
  /** Neo4j's CPU time per request during the cell (NaN when Neo4j is not the bench's own process). */
  neo4jCpuMsPerRequest: number;
  /** The load generator's (the harness process's) CPU time per request. */
  generatorCpuMsPerRequest: number;
  /** The first failing body (a defect's before a transient one's), to show in the report. */
  firstFailure?: string;
}

const processCpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Loads one server with one operation at fixed concurrency and measures what each request cost:
 * CPU of the server, of Neo4j and of the generator over the measured window, from /proc. Every
 * response body is checked.
 */
export async function runLoad({
  url,
  pid,
  neo4jPid,
  requests,
  check,
  connections,
  durationSec,
  notModified = false,
}: {
  url: string;
  pid: number;
  neo4jPid: number | undefined;
  requests: HttpRequest[];
  check: BodyCheck;
  connections: number;
  durationSec: number;
  /** Conditional GETs: a 304 is the success (its empty body passes `check`), not a failed non-2xx. */
  notModified?: boolean;
}): Promise<LoadResult> {
  const tally = new FailureTally();
  const verifyBody = (body: string) => {
    const ok = check(body);
    if (!ok) tally.note(body);
    return ok;
  };
  const stopRss = sampleRss(pid);
  const cpuBefore = cpuMs(pid) ?? NaN;
  const neo4jBefore = neo4jPid ? (cpuMs(neo4jPid) ?? NaN) : NaN;
  const generatorBefore = processCpuMs();
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: durationSec,
    // autocannon stops at the first sample after the duration: a cell under a second (the quick mode's)
    // would last a whole second with the default 1 s samples. The figures come from totals, not samples.
    sampleInt: Math.min(1000, durationSec * 1000),
    timeout: 10,
    headers: { "content-type": "application/json", accept: "application/json" },
    requests: requests.map((r) => ({ method: r.method, path: r.path, body: r.body, headers: r.headers })),
    verifyBody,
  });
  const seconds = (performance.now() - started) / 1000;
  const generatorUsed = processCpuMs() - generatorBefore;
  const cpuUsed = (cpuMs(pid) ?? NaN) - cpuBefore;
  const neo4jUsed = neo4jPid ? (cpuMs(neo4jPid) ?? NaN) - neo4jBefore : NaN;
  const rss = stopRss();
  const total = Math.max(1, result.requests.total);
  // autocannon counts a timed-out request among its errors too; other socket errors are defects.
  const socketErrors = result.errors - result.timeouts;
  tally.add(socketErrors, 0, `${socketErrors} socket errors (connection refused or reset)`);
  tally.add(result.timeouts, result.timeouts, `${result.timeouts} requests timed out (10 s)`);
  // Every non-2xx body went through verifyBody too; one that passed the check still failed.
  const expected = notModified ? ((result as unknown as Record<string, number>)["3xx"] ?? 0) : 0;
  const unseenNon2xx = Math.max(0, result.non2xx - expected - result.mismatches);
  tally.add(unseenNon2xx, 0, `${unseenNon2xx} non-2xx responses with a body that looked fine`);
  return {
    reqPerSec: result.requests.total / seconds,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: tally.failed,
    transient: tally.transient,
    rssPeakMb: rss.peakMb,
    rssMeanMb: rss.meanMb,
    cpuMsPerRequest: cpuUsed / total,
    neo4jCpuMsPerRequest: neo4jUsed / total,
    generatorCpuMsPerRequest: generatorUsed / total,
    firstFailure: tally.firstFailure,
  };
}
