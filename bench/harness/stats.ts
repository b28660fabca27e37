/**
 * Paired ratios over rounds. In each round every server takes its turn at an operation seconds
 * apart, so the ratio of two servers within a round is paired: a stretch of noise from the shared
 * machine moves both. The rounds' ratios are summarised by their geometric mean and a 95%
 * confidence interval (Student's t on the log ratios), and a target counts as met only when the
 * whole interval is on the right side of its line.
 */
export interface RatioInterval {
  /** The ratio of each round, in the order the rounds ran. */
  rounds: number[];
  geometricMean: number;
  /** 95% interval; NaN with fewer than two usable rounds. */
  low: number;
  high: number;
}

/** Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (then the normal's 1.96). */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(degreesOfFreedom: number): number {
  return degreesOfFreedom >= 1 && degreesOfFreedom <= T_975.length ? T_975[degreesOfFreedom - 1] : 1.96;
}

export function pairedRatio(numerators: readonly number[], denominators: readonly number[]): RatioInterval {
  const rounds = numerators.map((n, i) => n / denominators[i]);
  const logs = rounds.filter((r) => Number.isFinite(r) && r > 0).map(Math.log);
  const n = logs.length;
  if (n === 0) return { rounds, geometricMean: NaN, low: NaN, high: NaN };
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { rounds, geometricMean: Math.exp(mean), low: NaN, high: NaN };
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return { rounds, geometricMean: Math.exp(mean), low: Math.exp(mean - half), high: Math.exp(mean + half) };
}

export type Verdict = "PASS" | "FAIL";

/** PASS only when the interval clears the line: all of it at most (or at least) `line`. */
export function judge(
  interval: RatioInterval,
  direction: "at most" | "at least",
  line: number,
): { status: Verdict; why: string } {
  if (!Number.isFinite(interval.low)) return { status: "FAIL", why: "no interval (fewer than two rounds)" };
  const clears = direction === "at most" ? interval.high <= line : interval.low >= line;
  if (clears) return { status: "PASS", why: "the interval clears the line" };
  const missesWholly = direction === "at most" ? interval.low > line : interval.high < line;
  return {
    status: "FAIL",
    why: missesWholly ? "the whole interval misses the line" : "the interval straddles the line",
  };
}

export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
