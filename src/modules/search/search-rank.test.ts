import { EntityKind, blankEntityRecord, EntityRecord } from "../entity";
import { rankHits, RESCUED_RED_FLAGS } from "./search-rank";
import { queryTerms } from "./search-terms";

const entity = (id: string, kind: EntityKind, name: string, synonyms: string[] = [], summary = ""): EntityRecord =>
  blankEntityRecord(id, [kind], { name, synonyms, summary });

const rank = (text: string, candidates: EntityRecord[]) => rankHits(queryTerms(text), candidates);
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

  const clot = entity(
    "clot",
    EntityKind.RED_FLAG,
    "Swollen, warm, red or painful calf or arm",
    ["hot swollen calf"],
    "Swelling, warmth and redness in one calf can be a blood clot in a deep vein.",
  );
  const lowBack = entity("low-back", EntityKind.AILMENT, "Low back pain", ["backache"], "Pain in the lower back.");
  const nightPain = entity(
    "night-pain",
    EntityKind.RED_FLAG,
    "Back or neck pain with fever or pain worse at night",
    [],
    "Spinal pain that is worse at night can point to infection.",
  );
  const cramp = entity("cramp", EntityKind.AILMENT, "Muscle spasm", ["calf cramp"], "A sudden tight muscle.");
  const flightResponse = entity("flight", EntityKind.CAUSE, "Fight or flight response");

  it("finds a red flag the text describes though no label holds the sentence, and puts it first", () => {
    const deepVein = entity("deep-vein", EntityKind.RED_FLAG, "Deep vein clot", [], "A calf swollen, warm and red.");
    const swollenCalf = entity("swollen-calf", EntityKind.AILMENT, "Swollen calf");
    // Only the red flag's summary holds all three words; the ailment's name holds two of them.
    expect(ids("red swollen calf", [swollenCalf, deepVein])).toEqual(["deep-vein", "swollen-calf"]);
    expect(ids("swollen calf after a long flight", [cramp, flightResponse, clot])[0]).toBe("clot");
  });

  it("lifts a described red flag like an emergency word only from three words on", () => {
    const deepVein = entity("deep-vein", EntityKind.RED_FLAG, "Deep vein clot", [], "A calf swollen, warm and red.");
    const score = (text: string) => rank(text, [deepVein])[0]?.score ?? 0;
    expect(score("swollen calf")).toBeGreaterThan(0);
    // Both texts are wholly in the summary; only the third word earns the emergency lift (0.6).
    expect(score("red swollen calf") - score("swollen calf")).toBeGreaterThan(0.5);
  });

  it("does not treat a red flag as described when an ailment holds the same words", () => {
    expect(ids("back pain that wakes me at night", [lowBack, nightPain])[0]).toBe("night-pain");
    expect(ids("back pain", [lowBack, nightPain])[0]).toBe("low-back");
    expect(ids("aching back", [lowBack, nightPain])[0]).toBe("low-back");
  });

  it("answers nothing rather than a red flag that holds one word of a sentence", () => {
    expect(rank("calf muscles after a marathon", [clot])).toEqual([]);
  });

  it("weighs down a word nothing holds only when two words or more are known", () => {
    const strain = entity("strain", EntityKind.AILMENT, "Muscle strain", ["pulled muscle"]);
    // "hamstring" is unknown, but so would be "timetable": one known word is too little to go on.
    expect(rank("train timetable", [strain])).toEqual([]);
    const knee = entity("knee", EntityKind.AILMENT, "Knee pain");
    const score = (text: string) => rank(text, [strain, knee]).find((h) => h.entity.id === "strain")?.score ?? 0;
    // A known word the label misses costs its full share; an unknown one half of it.
    expect(score("strained muscle in my hamstring")).toBeGreaterThan(score("strained muscle in my knee"));
  });

  describe("long descriptions of an emergency", () => {
    // Names, synonyms and summaries as in seed/red-flags.yaml, beside ailments that share their words.
    const chestPain = entity(
      "chest-pain",
      EntityKind.RED_FLAG,
      "Chest pain, pressure or tightness",
      ["chest pain", "heart attack signs"],
      "Pain, pressure, heaviness or tightness in the chest, which may spread to the arms, jaw, neck, back or " +
        "stomach, with breathlessness, sweating or sickness, can be a heart attack.",
    );
    const cardiacArm = entity(
      "cardiac-arm",
      EntityKind.RED_FLAG,
      "Arm, shoulder, neck or jaw pain brought on by exertion, or with breathlessness, sweating or sickness",
      ["arm pain with sweating", "jaw pain on exertion"],
      "Pain or heaviness in an arm, shoulder, the neck or the jaw that comes on with effort can be angina.",
    );
    const caudaEquina = entity(
      "cauda-equina",
      EntityKind.RED_FLAG,
      "Back pain with numbness around the genitals or buttocks, bladder or bowel changes, or weakness in both legs",
      ["saddle numbness", "cauda equina signs"],
      "New numbness or tingling around the bottom, genitals or inner thighs, new trouble passing or holding " +
        "urine or stools, or weakness in both legs can mean the nerves at the base of the spine are squeezed.",
    );
    const others = [
      lowBack,
      entity("arm-pain", EntityKind.AILMENT, "Arm pain", [], "Pain anywhere in the arm, often from the neck."),
      entity("costochondritis", EntityKind.AILMENT, "Chest wall pain", [], "Pain where the ribs meet the breastbone."),
      entity("massage", EntityKind.THERAPY, "Chest and arm massage", [], "Strokes down the arm and over the chest."),
      // Holds the words a description adds ("left", "down", "control"), so they count as known words.
      entity("posture", EntityKind.CAUSE, "Posture", [], "Leaning left, crushing the shoulders down, poor control."),
    ];
    const candidates = [chestPain, cardiacArm, caudaEquina, ...others];

    it("never answers nothing: the red flag that holds most of the text comes first", () => {
      expect(ids("crushing pain in my chest going down my left arm", candidates)[0]).toBe("chest-pain");
      expect(ids("bad back and numb down below cant control my bladder", candidates)[0]).toBe("cauda-equina");
      expect(ids("my back is killing me and I cannot feel my bottom or wee", candidates)[0]).toBe("cauda-equina");
    });

    it("keeps a word that signals an emergency past the 8-word cap", () => {
      const text = "been tired lately with a bad back for weeks and now crushing left sided numb bladder";
      expect(ids(text, candidates)[0]).toBe("cauda-equina");
    });

    it("returns a few red flags at most, however many hold part of the text", () => {
      const many = Array.from({ length: 10 }, (_, i) =>
        entity(`flag-${i}`, EntityKind.RED_FLAG, `Warning sign number ${i} with pain`, [], "Chest and arm pain."),
      );
      const hits = rank("crushing pain in my chest going down my left arm", [...many, others[4]]);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(RESCUED_RED_FLAGS);
    });

    it("still answers nothing when a red flag holds only one word, or two without an emergency word", () => {
      expect(rank("train timetable", candidates)).toEqual([]);
      expect(rank("chest of drawers delivered tomorrow morning", candidates)).toEqual([]);
      expect(rank("my new watch strap rubs my arm and jaw when I sleep", [cardiacArm])).toEqual([]);
    });
  });
});
