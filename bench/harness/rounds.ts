/**
 * The order in which servers take their turns at an operation, and which cells count.
 *
 * Each round rotates the order by one server, so over a number of rounds that is a multiple of the
 * servers each server is first (right after another operation or after the warm-up) equally often,
 * and sits at every other position equally often too.
 */

/** The smallest multiple of `servers` that is at least `requested` (`exact`: `requested` as it is). */
export function roundsFor(requested: number, servers: number, exact = false): number {
  if (exact || servers <= 1) return requested;
  return Math.ceil(requested / servers) * servers;
}

/** The servers' order in round `round` (1-based): the list rotated by `round - 1`. */
export function roundOrder<T>(serving: readonly T[], round: number): T[] {
  if (serving.length === 0) return [];
  const shift = (round - 1) % serving.length;
  return [...serving.slice(shift), ...serving.slice(0, shift)];
}

/** What a measured cell must have answered successfully for its figures to count. */
export interface CellCount {
  requests: number;
  errors: number;
}

/** Requests answered successfully in the measured window. */
export function completedRequests(cell: CellCount): number {
  return Math.max(0, cell.requests - cell.errors);
}

/**
 * Below `minimum` completed requests a cell is "too slow": its CPU per request, throughput and
 * latency rest on too few answers (or on none, when a request outlived the window), so no table,
 * ratio or target takes a figure from it.
 */
export function tooSlow(cell: CellCount, minimum: number): boolean {
  return completedRequests(cell) < minimum;
}
