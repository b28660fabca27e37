import { Evidence, inSentence, relatedReasons } from "./related-score";

const shared = (kind: Evidence["kind"], via: string, weight = 1): Evidence => ({ kind, via, outgoing: null, weight });

describe("relatedReasons", () => {
  it("words links in plain sentences, whichever way the arrow points", () => {
    const link = (kind: Evidence["kind"], via: string, outgoing: boolean): Evidence => ({
      kind,
      via,
      outgoing,
      weight: 3,
    });
    // Sciatica asked about, degenerative disc disease leads to it (the arrow comes in).
    expect(
      relatedReasons("Sciatica", "Degenerative disc disease", [link("LEADS_TO", "Degenerative disc disease", false)]),
    ).toEqual(["Sciatica is often a result of degenerative disc disease"]);
    // The other way round: the same sentence.
    expect(relatedReasons("Degenerative disc disease", "Sciatica", [link("LEADS_TO", "Sciatica", true)])).toEqual([
      "Sciatica is often a result of degenerative disc disease",
    ]);
    expect(relatedReasons("Migraine", "Stress", [link("CAUSED_BY", "Stress", true)])).toEqual([
      "Migraine can be brought on by stress",
    ]);
    expect(relatedReasons("Anxiety", "Depressive symptoms", [link("RELATED_TO", "Depressive symptoms", true)])).toEqual(
      ["Anxiety and depressive symptoms are closely related"],
    );
    expect(relatedReasons("Muscle spasm", "Muscle strain", [link("DISTINCT_FROM", "Muscle strain", true)])).toEqual([
      "Often confused with muscle spasm, but a different condition",
    ]);
  });

  it("orders links RELATED_TO, LEADS_TO, CAUSED_BY, DISTINCT_FROM", () => {
    const reasons = relatedReasons("Muscle spasm", "Myofascial trigger points", [
      { kind: "DISTINCT_FROM", via: "Myofascial trigger points", outgoing: true, weight: 2 },
      { kind: "LEADS_TO", via: "Myofascial trigger points", outgoing: true, weight: 3 },
    ]);
    expect(reasons).toEqual([
      "Myofascial trigger points is often a result of muscle spasm",
      "Often confused with muscle spasm, but a different condition",
    ]);
  });

  it("puts links first, then shared causes (weightiest first), therapies and generic factors last", () => {
    const reasons = relatedReasons("Migraine", "Tension-type headache", [
      shared("GENERIC_CAUSE", "Female sex", 0.2),
      shared("SHARED_THERAPY", "Relaxation massage", 0.01),
      shared("SHARED_CAUSE", "Stress", 0.13),
      shared("SHARED_CAUSE", "Sleep disturbance", 0.72),
      { kind: "DISTINCT_FROM", via: "Tension-type headache", outgoing: false, weight: 2 },
    ]);
    expect(reasons).toEqual([
      "Often confused with migraine, but a different condition",
      "Both are often brought on by sleep disturbance and stress",
      "Both are often helped by relaxation massage",
      "Both are more common with female sex",
    ]);
  });

  it("words shared mechanisms by the direction of each link", () => {
    const mech = (outgoing: boolean, onward: boolean): Evidence => ({
      kind: "SHARED_MECHANISM",
      via: "Muscle ischemia",
      outgoing,
      onward,
      weight: 1,
    });
    expect(relatedReasons("Muscle spasm", "Muscle pain", [mech(true, true)])).toEqual([
      "Muscle spasm can lead to muscle ischemia, which can lead to muscle pain",
    ]);
    expect(relatedReasons("Muscle pain", "Muscle spasm", [mech(false, false)])).toEqual([
      "Muscle spasm can lead to muscle ischemia, which can lead to muscle pain",
    ]);
    expect(relatedReasons("A", "B", [mech(true, false)])).toEqual(["Both can lead to muscle ischemia"]);
    expect(relatedReasons("A", "B", [mech(false, true)])).toEqual(["Both can follow muscle ischemia"]);
  });

  it("lists at most four names, and red flags with semicolons (their names hold commas)", () => {
    const causes = ["a1", "b2", "c3", "d4", "e5", "f6"].map((via) => shared("SHARED_CAUSE", via));
    expect(relatedReasons("X", "Y", causes)).toEqual(["Both are often brought on by a1, b2, c3, d4 and 2 more"]);
    expect(
      relatedReasons("X", "Y", [
        shared("SHARED_RED_FLAG", "Chest pain, pressure or tightness"),
        shared("SHARED_RED_FLAG", "Stroke signs"),
      ]),
    ).toEqual(["Both share warning signs: chest pain, pressure or tightness; and stroke signs"]);
    expect(relatedReasons("X", "Y", [shared("SHARED_PRESENTATION", "Nerve root signs")])).toEqual([
      "Both can come with nerve root signs",
    ]);
  });

  it("keeps acronyms in capitals", () => {
    expect(inSentence("SLE flare")).toBe("SLE flare");
    expect(inSentence("Stress")).toBe("stress");
  });
});
