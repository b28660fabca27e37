import { judgeRelated, ndcgAt, RelatedSet } from "./related-relevance";

describe("ndcgAt", () => {
  const expect2 = { a: 2, b: 1, c: 1 };

  it("is 1 for the ideal order and less for any other", () => {
    expect(ndcgAt(["a", "b", "c"], expect2)).toBeCloseTo(1, 10);
    expect(ndcgAt(["b", "a", "c"], expect2)).toBeLessThan(1);
    expect(ndcgAt(["x", "a", "b", "c"], expect2)).toBeLessThan(ndcgAt(["a", "b", "c", "x"], expect2));
  });

  it("counts only the top 5, and an empty answer as 0 when something was expected", () => {
    expect(ndcgAt(["x1", "x2", "x3", "x4", "x5", "a"], expect2)).toBe(0);
    expect(ndcgAt([], expect2)).toBe(0);
    // Nothing expected: an empty answer is ideal, anything else is not.
    expect([ndcgAt([], {}), ndcgAt(["x"], {})]).toEqual([1, 0]);
  });
});

describe("judgeRelated", () => {
  const set: RelatedSet = {
    mechanisms: ["mech"],
    ailments: [{ id: "q", expect: { a: 2, b: 2 }, mustNot: ["bad"] }],
  };

  it("finds must-not ids and mechanism nodes in the top 5 only, and the grade-2 neighbours missed", () => {
    const outcome = judgeRelated(set, set.ailments[0], ["a", "bad", "mech", "x", "y", "b"]);
    expect(outcome.ids).toEqual(["a", "bad", "mech", "x", "y"]);
    expect(outcome.mustNotFound).toEqual(["bad", "mech"]);
    expect(outcome.missed).toEqual(["b"]);
  });
});
