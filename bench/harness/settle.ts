import { cpuMs } from "./child-server";

/**
 * Waits, before a measured window, until the processes it measures are quiet, so work that the
 * unmeasured warm-up (or an earlier cell) set off in the background lands outside the window: the
 * API's degree-statistics scan (a whole-graph read every DEGREE_STATS_TTL_MS, started by the first
 * request after it is stale, several seconds of Neo4j CPU at M), Neo4j's checkpoints, a GC. What
 * the wait saw is kept with the cell, so the work stays charged to the server whose turn set it off.
 */
interface Settled {
  waitedMs: number;
  /** CPU time each watched process used while waiting (user + system). */
  cpuMs: number[];
  /** False when the processes were still busy when `maxMs` ran out. */
  quiet: boolean;
}

/** Quiet: at most `share` of one core used over the window (10 ms clock ticks: a 250 ms window allows 2). */
export function isQuiet(usedMs: number, windowMs: number, share = 0.1): boolean {
  return usedMs <= windowMs * share;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function settle(pids: readonly number[], { windowMs = 250, quietWindows = 2, maxMs = 60_000 } = {}) {
  const started = performance.now();
  const first = pids.map((pid) => cpuMs(pid) ?? NaN);
  let before = first;
  let quietInARow = 0;
  while (quietInARow < quietWindows && performance.now() - started < maxMs) {
    await sleep(windowMs);
    const now = pids.map((pid) => cpuMs(pid) ?? NaN);
    const used = now.reduce((sum, value, i) => sum + (value - before[i] || 0), 0);
    quietInARow = isQuiet(used, windowMs) ? quietInARow + 1 : 0;
    before = now;
  }
  return {
    waitedMs: performance.now() - started,
    cpuMs: before.map((value, i) => value - first[i]),
    quiet: quietInARow >= quietWindows,
  } satisfies Settled;
}
