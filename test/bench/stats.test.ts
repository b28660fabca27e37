import { judge, median, pairedRatio, tQuantile975 } from "../../bench/harness/stats";

describe("pairedRatio (the bench's per-round paired ratios)", () => {
  it("gives the geometric mean of the rounds' ratios and a 95% t interval around it", () => {
    const r = pairedRatio([1.1, 1.2, 1.0, 1.3, 1.15], [1, 1, 1, 1, 1]);
    expect(r.rounds).toEqual([1.1, 1.2, 1.0, 1.3, 1.15]);
    const logs = r.rounds.map(Math.log);
    const mean = logs.reduce((a, b) => a + b) / 5;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / 4);
    expect(r.geometricMean).toBeCloseTo(Math.exp(mean), 10);
    expect(r.low).toBeCloseTo(Math.exp(mean - 2.776 * (sd / Math.sqrt(5))), 10);
    expect(r.high).toBeCloseTo(Math.exp(mean + 2.776 * (sd / Math.sqrt(5))), 10);
    expect(r.low).toBeLessThan(r.geometricMean);
    expect(r.high).toBeGreaterThan(r.geometricMean);
  });

  it("pairs round by round: a drift that moves both servers alike leaves the ratio tight", () => {
    const drift = [1, 3, 0.5, 2, 1.5];
    const r = pairedRatio(
      drift.map((d) => 0.9 * d),
      drift,
    );
    expect(r.geometricMean).toBeCloseTo(0.9, 10);
    expect(r.high - r.low).toBeLessThan(1e-9);
  });

  it("has no interval with one round, and skips rounds that measured nothing", () => {
    expect(Number.isNaN(pairedRatio([2], [1]).low)).toBe(true);
    const r = pairedRatio([2, NaN, 2, 0], [1, 1, 1, 1]);
    expect(r.geometricMean).toBeCloseTo(2, 10);
  });

  it("uses Student's t for small samples and the normal quantile beyond 30", () => {
    expect(tQuantile975(4)).toBe(2.776);
    expect(tQuantile975(200)).toBe(1.96);
  });
});

describe("judge (a target passes only when its interval clears the line)", () => {
  const interval = (low: number, high: number) => ({ rounds: [], geometricMean: (low + high) / 2, low, high });

  it("passes an 'at most' target only when the whole interval is at or below the line", () => {
    expect(judge(interval(1.0, 1.2), "at most", 1.25).status).toBe("PASS");
    expect(judge(interval(1.1, 1.3), "at most", 1.25)).toEqual({
      status: "FAIL",
      why: "the interval straddles the line",
    });
    expect(judge(interval(1.3, 1.4), "at most", 1.25)).toEqual({
      status: "FAIL",
      why: "the whole interval misses the line",
    });
  });

  it("passes an 'at least' target only when the whole interval is at or above the line", () => {
    expect(judge(interval(2.1, 2.5), "at least", 2).status).toBe("PASS");
    expect(judge(interval(1.9, 2.5), "at least", 2).status).toBe("FAIL");
  });

  it("fails without an interval rather than passing on a point estimate", () => {
    expect(judge({ rounds: [3], geometricMean: 3, low: NaN, high: NaN }, "at least", 2).status).toBe("FAIL");
  });

  it("takes the median of the finite values", () => {
    expect(median([3, 1, NaN, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
