import { EntityKind } from "../entity/entity-kind.enum";
import { blankEntityRecord, EntityRecord } from "../entity/entity.record";
import { rankHits } from "./search-rank";
import { searchTerms } from "./search-terms";

const entity = (id: string, kind: EntityKind, name: string, synonyms: string[] = [], summary = ""): EntityRecord =>
  blankEntityRecord(id, [kind], { name, synonyms, summary });

const rank = (text: string, candidates: EntityRecord[]) => rankHits(searchTerms(text), candidates);
const ids = (text: string, candidates: EntityRecord[]) => rank(text, candidates).map((h) => h.entity.id);

describe("rankHits", () => {
  const spasms = [
    entity(
      "splinting",
      EntityKind.CONTRAINDICATION,
      "Spasm splinting an acute injury",
      ["protective spasm"],
      "A spasm that guards an injury.",
    ),
    entity("intrinsic", EntityKind.AILMENT, "Intrinsic muscle spasm", ["smooth muscle spasm"]),
    entity("spasm", EntityKind.AILMENT, "Muscle spasm", ["cramp", "charley horse"]),
  ];

  it("puts the name that is mostly the text first, and an exact synonym first of all", () => {
    expect(ids("spasm", spasms)[0]).toBe("spasm");
    expect(ids("Charley-Horse", spasms)[0]).toBe("spasm");
    expect(ids("intrinsic muscle spasm", spasms)[0]).toBe("intrinsic");
  });

  it("keeps scores in order and drops hits below the floor", () => {
    const hits = rank("spasm", [
      ...spasms,
      entity("noise", EntityKind.CAUSE, "Stress", [], "Often comes with a spasm of the jaw and a lot of other words."),
    ]);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(rank("banana", spasms)).toEqual([]);
    expect(rank("my", spasms)).toEqual([]);
  });

  it("answers emergency words with a red flag first, never a therapy, even when a therapy matches better", () => {
    const candidates = [
      entity("relax", EntityKind.THERAPY, "Relaxation massage", ["relaxing massage strokes"]),
      entity("stroke-signs", EntityKind.RED_FLAG, "Sudden weakness or numbness of the face, arm or leg", [
        "stroke signs",
      ]),
    ];
    expect(ids("stroke", candidates)[0]).toBe("stroke-signs");
    // With "massage" the words mean the technique, and a red flag matching half the words is below the floor.
    expect(ids("massage strokes", candidates)).toEqual(["relax"]);
    const onlyTherapyMatchesWell = [
      entity("chest-massage", EntityKind.THERAPY, "Chest massage"),
      entity("flag", EntityKind.RED_FLAG, "Pain in the chest"),
    ];
    const hits = rank("chest massage", onlyTherapyMatchesWell);
    expect(hits[0].entity.id).toBe("flag");
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it("prefers ailments to causes, therapies and states when the words fit equally", () => {
    const candidates = [
      entity("cause", EntityKind.CAUSE, "Neck strain"),
      entity("ailment", EntityKind.AILMENT, "Neck pain"),
    ];
    expect(ids("neck", candidates)).toEqual(["ailment", "cause"]);
  });
});
