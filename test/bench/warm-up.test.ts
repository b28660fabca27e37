import { warmUpSlices } from "../../bench/harness/warm-up";

describe("warmUpSlices (unmeasured load before the first cell)", () => {
  it("gives every server as many slices as the server with the most operations, cycling through its own", () => {
    const plan = warmUpSlices(
      new Map([
        ["api", ["nested", "list", "search", "paths"]],
        ["peer", ["nested", "list"]],
      ]),
    );
    expect(plan.filter((s) => s.server === "api").map((s) => s.call)).toEqual(["nested", "list", "search", "paths"]);
    expect(plan.filter((s) => s.server === "peer").map((s) => s.call)).toEqual(["nested", "list", "nested", "list"]);
  });

  it("warms one server at a time, and skips a server with nothing to serve", () => {
    const plan = warmUpSlices(
      new Map([
        ["api", ["a", "b"]],
        ["idle", []],
        ["bare", ["a", "b"]],
      ]),
    );
    expect(plan.map((s) => s.server)).toEqual(["api", "api", "bare", "bare"]);
  });
});
