import type { HttpRequest } from "../workload/case";
import type { BodyCheck } from "./load";
import { FailureTally } from "./outcome";

export interface ProbeResult {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  errors: number;
  /** Of `errors`, those that say "busy, try again" (outcome.ts). */
  transient: number;
  firstFailure?: string;
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Sequential latency probe: one request at a time, so the figure is the latency of the operation
 * itself, not of queueing under load. A few warm-up requests first (JIT, query plans, page cache).
 */
export async function probeLatency({
  url,
  requests,
  check,
  count,
  warmup = 10,
}: {
  url: string;
  requests: HttpRequest[];
  check: BodyCheck;
  count: number;
  warmup?: number;
}): Promise<ProbeResult> {
  const samples: number[] = [];
  const tally = new FailureTally();
  for (let i = 0; i < warmup + count; i++) {
    const request = requests[i % requests.length];
    const started = performance.now();
    let ok = false;
    let body: string;
    try {
      const response = await fetch(url + request.path, {
        method: request.method,
        headers: { "content-type": "application/json", accept: "application/json", ...request.headers },
        body: request.body,
      });
      body = await response.text();
      ok = (response.status === 200 || response.status === 304) && check(body);
    } catch (error) {
      body = String(error);
    }
    const elapsed = performance.now() - started;
    if (i < warmup) continue;
    samples.push(elapsed);
    if (!ok) tally.note(body);
  }
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length,
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    p99Ms: percentile(samples, 0.99),
    meanMs: samples.reduce((a, b) => a + b, 0) / samples.length,
    errors: tally.failed,
    transient: tally.transient,
    firstFailure: tally.firstFailure,
  };
}
