import { LinkDirection } from "./link-direction.enum";
import { fanOut } from "./degree-stats";

describe("fanOut", () => {
  const table = new Map([
    ["CAUSED_BY:OUTGOING", { max: 16, p99: 12 }],
    ["TREATED_BY:OUTGOING", { max: 6, p99: 5 }],
    ["*:OUTGOING", { max: 20, p99: 18 }],
    ["*:BOTH", { max: 60, p99: 56 }],
  ]);

  it("is the hub's degree for the types asked, never more than any type's or the cap", () => {
    expect(fanOut(table, ["CAUSED_BY"], LinkDirection.OUTGOING, 100)).toBe(16);
    expect(fanOut(table, ["CAUSED_BY", "TREATED_BY"], LinkDirection.OUTGOING, 100)).toBe(20);
    expect(fanOut(table, ["CAUSED_BY"], LinkDirection.OUTGOING, 10)).toBe(10);
    expect(fanOut(table, ["PRESENTS_AS"], LinkDirection.OUTGOING, 100)).toBe(0);
  });

  it("is the cap without statistics", () => {
    expect(fanOut(undefined, ["CAUSED_BY"], LinkDirection.BOTH, 100)).toBe(100);
  });
});
