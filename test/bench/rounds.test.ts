import type { LoadResult } from "../../bench/harness/load";
import { medianRound } from "../../bench/harness/rounds";

const round = (reqPerSec: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  reqPerSec,
  requests: reqPerSec * 5,
  p50Ms: 1000 / reqPerSec,
  p99Ms: 4000 / reqPerSec,
  errors: 0,
  rssPeakMb: 200,
  rssMeanMb: 180,
  cpuMsPerRequest: 1,
  ...extra,
});

describe("medianRound (the bench's interleaved rounds)", () => {
  it("reports the median round whole, with every round's req/s in running order", () => {
    const result = medianRound([round(900), round(1300), round(1200)]);
    expect(result.reqPerSec).toBe(1200);
    expect(result.p99Ms).toBeCloseTo(4000 / 1200);
    expect(result.roundsReqPerSec).toEqual([900, 1300, 1200]);
  });

  it("takes the lower middle of an even count, and a single round as it is", () => {
    expect(medianRound([round(10), round(40), round(20), round(30)]).reqPerSec).toBe(20);
    expect(medianRound([round(500)]).reqPerSec).toBe(500);
  });

  it("keeps failures and the RSS peak of any round", () => {
    const result = medianRound([
      round(900, { errors: 2, firstFailure: "boom", rssPeakMb: 290 }),
      round(1300),
      round(1200),
    ]);
    expect(result.errors).toBe(2);
    expect(result.firstFailure).toBe("boom");
    expect(result.rssPeakMb).toBe(290);
  });
});
