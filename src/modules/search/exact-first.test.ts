import { exactMatchesFirst } from "./exact-first";

const hit = (name: string, score: number, synonyms: string[] = []) => ({ entity: { name, synonyms }, score });

describe("exactMatchesFirst", () => {
  it("puts an entity whose name or synonym is the text first, keeping scores in order", () => {
    const ranked = exactMatchesFirst("Muscle SPASM", [
      hit("Intrinsic muscle spasm", 9),
      hit("Muscle spasm", 4),
      hit("Muscle pain", 1),
    ]);
    expect(ranked.map((h) => h.entity.name)).toEqual(["Muscle spasm", "Intrinsic muscle spasm", "Muscle pain"]);
    expect(ranked[0].score).toBe(13);
    expect(
      exactMatchesFirst("charley-horse", [hit("Other", 5), hit("Muscle spasm", 2, ["charley horse"])])[0].entity.name,
    ).toBe("Muscle spasm");
  });

  it("leaves the order alone when nothing matches exactly", () => {
    expect(exactMatchesFirst("spasm", [hit("Back spasm", 3), hit("Calf spasm", 2)]).map((h) => h.score)).toEqual([
      3, 2,
    ]);
  });
});
