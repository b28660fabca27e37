import { spreadSample } from "../../bench/harness/answers";
import { FailureTally, isTransient } from "../../bench/harness/outcome";
import { checkServers, selectedOperations } from "../../bench/measure-servers";
import { parseOptions, UsageError } from "../../bench/options";
import { OPERATIONS } from "../../bench/workload/operations";

describe("the quick mode (CI) checks that the bench works, quickly and only for defects", () => {
  it("uses the XS graph, 0.5 s cells without warm-up, one round, a sample of answers and the API's guards off", () => {
    const quick = parseOptions(["--quick"]);
    expect(quick).toMatchObject({ sizes: ["XS"], loadSize: "XS", durationSec: 0.5, cellWarmupSec: 0, rounds: 1 });
    expect(quick).toMatchObject({ warmupSliceSec: 0, answerCases: 12, loadShedding: false });
    const full = parseOptions([]);
    expect(full).toMatchObject({ sizes: ["S", "M", "L"], loadSize: "M", answerCases: null, loadShedding: true });
    expect(full.cellWarmupSec).toBeGreaterThan(0);
  });

  it("tells a shed or a timeout from a defect", () => {
    const shed = JSON.stringify({ errors: [{ message: "busy", extensions: { code: "SERVICE_OVERLOADED" } }] });
    const timeout = JSON.stringify({ errors: [{ message: "slow", extensions: { code: "TIMEOUT" } }] });
    const internal = JSON.stringify({ errors: [{ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    const peerPool = '{"errors":[{"message":"Connection acquisition timed out in 60000 ms."}]}';
    expect([shed, timeout, peerPool].map(isTransient)).toEqual([true, true, true]);
    expect([internal, '{"data":null}', "TypeError: fetch failed", ""].map(isTransient)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("counts failures by kind and shows a defect first even when a shed came before it", () => {
    const tally = new FailureTally();
    tally.note('{"errors":[{"extensions":{"code":"SERVICE_OVERLOADED"}}]}');
    expect(tally.firstFailure).toContain("SERVICE_OVERLOADED");
    tally.note('{"errors":[{"message":"Cannot return null for non-nullable field"}]}');
    tally.add(3, 3, "3 requests timed out");
    tally.add(1, 0, "1 socket error");
    expect({ failed: tally.failed, transient: tally.transient }).toEqual({ failed: 6, transient: 4 });
    expect(tally.firstFailure).toContain("non-nullable");
  });

  it("compares a sample spread over all cases, hub and leaf cases (at the end) included", () => {
    const cases = Array.from({ length: 100 }, (_, i) => i);
    const sample = spreadSample(cases, 12);
    expect(sample).toHaveLength(12);
    expect(sample[0]).toBe(0);
    expect(sample[11]).toBe(99);
    expect(new Set(sample).size).toBe(12);
    expect(spreadSample(cases, null)).toEqual(cases);
    expect(spreadSample([1, 2], 12)).toEqual([1, 2]);
  });
});

describe("a short run of a few cells (--operations, --servers)", () => {
  it("keeps the operations and servers named, and refuses unknown names before any work", () => {
    const options = parseOptions(["--operations", "entityNested,notModified", "--servers", "floor,bare"]);
    expect(options).toMatchObject({ operations: ["entityNested", "notModified"], servers: ["floor", "bare"] });
    expect(selectedOperations(options).map((o) => o.name)).toEqual(["entityNested", "notModified"]);
    expect(selectedOperations(parseOptions([]))).toBe(OPERATIONS);
    expect(() => selectedOperations(parseOptions(["--operations", "entityNested,nope"]))).toThrow(UsageError);
    expect(() => checkServers(options)).not.toThrow();
    expect(() => checkServers(parseOptions(["--servers", "api-managed,nginx"]))).toThrow(/unknown nginx/);
    expect(() => parseOptions(["--operations"])).toThrow(/--operations/);
  });
});
