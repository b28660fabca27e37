import type { LoadResult } from "./load";

/** One server's cell over several rounds: what the report shows for it. */
export interface RoundsResult extends LoadResult {
  /** Requests per second of each round, in the order they ran. */
  roundsReqPerSec: number[];
}

/**
 * The median round by requests per second (the lower middle one for an even count), whole, so
 * its latencies and CPU go with its throughput; errors are summed and peak RSS is the highest of
 * all rounds, because a failure or a peak in any round counts.
 */
export function medianRound(rounds: readonly LoadResult[]): RoundsResult {
  if (rounds.length === 0) throw new Error("medianRound: no rounds");
  const sorted = [...rounds].sort((a, b) => a.reqPerSec - b.reqPerSec);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    rssPeakMb: Math.max(...rounds.map((r) => r.rssPeakMb)),
    firstFailure: rounds.find((r) => r.firstFailure !== undefined)?.firstFailure,
    roundsReqPerSec: rounds.map((r) => r.reqPerSec),
  };
}
