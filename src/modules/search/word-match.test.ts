import { editDistance, lightStem, wordMatch } from "./word-match";

describe("wordMatch", () => {
  it("ranks the same word over the same stem over a typo over a prefix", () => {
    expect(wordMatch("spasm", "spasm")).toBe(1);
    expect(wordMatch("knots", "knot")).toBe(0.9);
    expect(wordMatch("depressed", "depression")).toBe(0.9);
    expect(wordMatch("hipertension", "hypertension")).toBe(0.8);
    expect(wordMatch("tendonitus", "tendinitis")).toBe(0.7);
    expect(wordMatch("myofasc", "myofascial")).toBe(0.7);
  });

  it("does not let short or unrelated words meet", () => {
    expect(wordMatch("gout", "out")).toBe(0);
    expect(wordMatch("covid", "cold")).toBe(0);
    expect(wordMatch("stroke", "strong")).toBe(0);
    expect(wordMatch("restless", "rest")).toBe(0);
    expect(wordMatch("crushing", "crisis")).toBe(0);
    expect(wordMatch("car", "carpal")).toBe(0);
  });

  it("counts a swap of neighbours as one edit, as Lucene does", () => {
    expect(editDistance("anxeity", "anxiety", 1)).toBe(1);
    expect(editDistance("insomina", "insomnia", 2)).toBe(1);
    expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });

  it("stems lightly", () => {
    expect(["strokes", "stroke", "injuries", "sleeping", "painful"].map(lightStem)).toEqual([
      "strok",
      "strok",
      "injur",
      "sleep",
      "pain",
    ]);
  });
});
