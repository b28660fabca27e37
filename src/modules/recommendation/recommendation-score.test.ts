import { toGraphPathRecord } from "../graph";
import type { PathKind, ScoredPath } from "./recommendation.record";
import { evidenceWeight, MAX_WHY_PATHS, pathStrength, scoreTherapy, strongestPaths } from "./recommendation-score";

const node = (id: string) => ({ id, name: id, labels: ["Entity", "Ailment"] });

function path(kind: PathKind, ailmentId: string, grades: (string | null)[]): ScoredPath {
  const ids = [ailmentId, ...grades.map((_, i) => `n${i}`)];
  const relationships = grades.map((evidence, i) => ({ type: "TREATED_BY", from: ids[i], to: ids[i + 1], evidence }));
  const record = toGraphPathRecord(ids.map(node), relationships);
  return { kind, ailmentId, path: record, strength: pathStrength(record.relationships) };
}

describe("recommendation scoring", () => {
  it("weighs evidence grades, unknown or missing grades lowest", () => {
    expect([evidenceWeight("A"), evidenceWeight("B"), evidenceWeight("C"), evidenceWeight("D")]).toEqual([
      1, 0.8, 0.6, 0.35,
    ]);
    expect(evidenceWeight(null)).toBe(0.3);
    expect(evidenceWeight("Z")).toBe(0.3);
  });

  it("ranks a direct treatment above the same evidence through a cause", () => {
    const direct = scoreTherapy([path("DIRECT", "a", ["B"])]).score;
    const viaCause = scoreTherapy([path("CAUSE", "a", ["B", "B"])]).score;
    const secondary = scoreTherapy([path("SECONDARY", "a", ["B", "B"])]).score;
    expect(direct).toBe(0.8);
    expect(viaCause).toBe(0.384);
    expect(secondary).toBeLessThan(viaCause);
  });

  it("sums paths of one kind but caps each kind at its factor", () => {
    const many = Array.from({ length: 10 }, () => path("CAUSE", "a", ["A", "A"]));
    expect(scoreTherapy(many).score).toBe(0.6);
    expect(scoreTherapy([path("CAUSE", "a", ["C", "C"]), path("CAUSE", "a", ["C", "C"])]).score).toBe(0.432);
  });

  it("boosts therapies that address more of the requested ailments", () => {
    const one = scoreTherapy([path("DIRECT", "a", ["C"])]);
    const two = scoreTherapy([path("DIRECT", "a", ["C"]), path("DIRECT", "b", ["C"])]);
    expect(one).toEqual({ score: 0.6, addressedIds: ["a"] });
    expect(two).toEqual({ score: 1.8, addressedIds: ["a", "b"] });
  });

  it("keeps the strongest why-paths, in a stable order", () => {
    const paths = [
      path("CAUSE", "a", ["A", "A"]),
      path("DIRECT", "a", ["D"]),
      path("DIRECT", "a", ["A"]),
      ...Array.from({ length: 6 }, () => path("SECONDARY", "a", ["D", "D"])),
    ];
    const kept = strongestPaths(paths);
    expect(kept).toHaveLength(MAX_WHY_PATHS);
    expect(kept.map((p) => p.kind).slice(0, 3)).toEqual(["DIRECT", "CAUSE", "DIRECT"]);
    expect(strongestPaths([...paths].reverse()).map((p) => p.path.explanation)).toEqual(
      kept.map((p) => p.path.explanation),
    );
  });
});
