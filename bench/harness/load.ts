import autocannon from "autocannon";
import { cpuMs, sampleRss } from "./child-server";

/** One HTTP request of an operation (autocannon cycles through several, e.g. different ids). */
export interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** True when a response body is a success for the operation; anything else counts as an error. */
export type BodyCheck = (body: string) => boolean;

export interface LoadResult {
  reqPerSec: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-200 answers, bodies failing the check (GraphQL `errors`, missing data), socket errors and timeouts. */
  errors: number;
  rssPeakMb: number;
  rssMeanMb: number;
  /** Server CPU time (user + system) per request during the cell: what a request costs the server itself. */
  cpuMsPerRequest: number;
  /** The first failing body, to show in the report when something broke. */
  firstFailure?: string;
}

/**
 * Loads one server with one operation at fixed concurrency. The generator runs in this process
 * (so it shares the machine's cores with the server); every response body is checked.
 */
export async function runLoad({
  url,
  pid,
  requests,
  check,
  connections,
  durationSec,
}: {
  url: string;
  pid: number;
  requests: HttpRequest[];
  check: BodyCheck;
  connections: number;
  durationSec: number;
}): Promise<LoadResult> {
  let firstFailure: string | undefined;
  const verifyBody = (body: string) => {
    const ok = check(body);
    if (!ok && firstFailure === undefined) firstFailure = body.slice(0, 500).trim();
    return ok;
  };
  const stopRss = sampleRss(pid);
  const cpuBefore = cpuMs(pid) ?? NaN;
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    duration: durationSec,
    timeout: 10,
    headers: { "content-type": "application/json", accept: "application/json" },
    requests: requests.map((r) => ({ method: r.method, path: r.path, body: r.body })),
    verifyBody,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = stopRss();
  const cpuUsed = (cpuMs(pid) ?? NaN) - cpuBefore;
  return {
    reqPerSec: result.requests.total / seconds,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.mismatches + result.errors + result.timeouts,
    rssPeakMb: rss.peakMb,
    rssMeanMb: rss.meanMb,
    cpuMsPerRequest: cpuUsed / Math.max(1, result.requests.total),
    firstFailure,
  };
}
