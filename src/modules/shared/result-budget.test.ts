import { measureResult, ResultBudget } from "./result-budget";

describe("ResultBudget", () => {
  it("counts objects in lists as items and strings by length", () => {
    expect(measureResult([{ id: "a", synonyms: ["x", "y"] }, { id: "b" }])).toEqual({
      items: 2,
      bytes: expect.any(Number),
    });
    expect(measureResult({ nodes: [{ id: "a" }], note: "x".repeat(1000) }).bytes).toBeGreaterThan(1000);
  });

  it("does not read getters (a page's totalCount counts only when selected)", () => {
    let read = false;
    const page = {
      edges: [{ node: { id: "a" } }],
      get totalCount() {
        read = true;
        return Promise.resolve(1);
      },
    };
    expect(measureResult(page).items).toBe(1);
    expect(read).toBe(false);
  });

  it("refuses once a ceiling is crossed, and every later spend too", () => {
    const budget = new ResultBudget({ maxResultItems: 3, maxResultBytes: 1_000_000 });
    budget.spend([{ id: "a" }, { id: "b" }]);
    expect(budget.remainingItems).toBe(1);
    expect(() => budget.spend([{ id: "c" }, { id: "d" }])).toThrow(/past 3 items/);
    expect(() => budget.assertOpen()).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX" }) }),
    );
    expect(() => budget.spend([])).toThrow();
  });

  it("refuses on bytes as well", () => {
    const budget = new ResultBudget({ maxResultItems: 1_000, maxResultBytes: 100 });
    expect(() => budget.spend([{ summary: "x".repeat(200) }])).toThrow(/past 100 bytes/);
  });
});
