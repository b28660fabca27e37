import { inSentence, scoreRelated, specificity } from "./related-score";

describe("scoreRelated", () => {
  it("adds the documented weights and words every reason", () => {
    const { score, reasons } = scoreRelated("Muscle spasm", [
      { kind: "LEADS_TO", via: "Myofascial trigger points", outgoing: true },
      { kind: "DISTINCT_FROM", via: "Myofascial trigger points", outgoing: true },
      { kind: "SHARED_CAUSE", via: "Stress", outgoing: null },
      { kind: "SHARED_CAUSE", via: "Poor posture", outgoing: null },
      { kind: "SHARED_THERAPY", via: "Stretching", outgoing: null },
    ]);
    expect(score).toBe(3 + 1 + 1 + 1 + 0.5);
    expect(reasons).toEqual([
      "Muscle spasm leads to myofascial trigger points",
      "Explicitly distinct from muscle spasm (often confused)",
      "Shares causes: poor posture, stress",
      "Shares a therapy: stretching",
    ]);
  });

  it("reads links against the arrow", () => {
    expect(scoreRelated("Muscle spasm", [{ kind: "LEADS_TO", via: "Muscle pain", outgoing: false }]).reasons).toEqual([
      "Muscle pain leads to muscle spasm",
    ]);
    expect(scoreRelated("Migraine", [{ kind: "CAUSED_BY", via: "Stress", outgoing: true }])).toEqual({
      score: 2,
      reasons: ["Migraine can be caused by stress"],
    });
  });

  it("lists at most five names", () => {
    const causes = ["a1", "b2", "c3", "d4", "e5", "f6", "g7"].map((via) => ({
      kind: "SHARED_CAUSE" as const,
      via,
      outgoing: null,
    }));
    expect(scoreRelated("X", causes).reasons).toEqual(["Shares causes: a1, b2, c3, d4, e5 and 2 more"]);
  });

  it("keeps acronyms in capitals", () => {
    expect(inSentence("SLE flare")).toBe("SLE flare");
    expect(inSentence("Stress")).toBe("stress");
  });
});

describe("specificity", () => {
  it("counts a cause shared by two ailments in full and one shared by many little", () => {
    expect(specificity(2, 16)).toBe(1);
    expect(specificity(4, 16)).toBeCloseTo(0.444, 3);
    expect(specificity(8, 16)).toBeCloseTo(0.111, 3);
    expect(specificity(16, 16)).toBe(0);
    // Links (no share) and tiny graphs are not weighed.
    expect([specificity(null, 16), specificity(5, 2)]).toEqual([1, 1]);
  });

  it("lets a specific explicit link outrank several generic shared causes", () => {
    const generic = ["Ageing", "Obesity", "Smoking"].map((via) => ({
      kind: "SHARED_CAUSE" as const,
      via,
      outgoing: null,
      share: 5,
    }));
    const explicit = [{ kind: "CAUSED_BY" as const, via: "Stress", outgoing: true }];
    expect(scoreRelated("Hypertension", explicit, 16).score).toBeGreaterThan(
      scoreRelated("Hypertension", generic, 16).score,
    );
  });
});
