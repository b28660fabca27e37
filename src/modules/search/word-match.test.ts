import { editDistance, LAY_EQUIVALENT, TermMatcher, wordMatch } from "./word-match";
import { americanSpelling, sameWordForm, wordFormPrefix, wordStem } from "./word-forms";

describe("wordMatch", () => {
  it("ranks the same word over the same stem over a typo over a prefix", () => {
    expect(wordMatch("spasm", "spasm")).toBe(1);
    expect(wordMatch("knots", "knot")).toBe(0.9);
    expect(wordMatch("depressed", "depression")).toBe(0.9);
    expect(wordMatch("hipertension", "hypertension")).toBe(0.8);
    expect(wordMatch("tendonitus", "tendinitis")).toBe(0.7);
    expect(wordMatch("fibro", "fibromyalgia")).toBe(0.7);
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

  it("stems with Porter's stemmer", () => {
    expect(
      ["strokes", "stroke", "injuries", "sleeping", "painful", "aching", "ache", "sprained"].map(wordStem),
    ).toEqual(["stroke", "stroke", "injuri", "sleep", "pain", "ach", "ach", "sprain"]);
  });

  it("matches word forms the stemmer does not join, below the same stem (so never an exact name)", () => {
    expect(wordMatch("epileptic", "epilepsy")).toBe(0.85);
    expect(wordMatch("arthritic", "arthritis")).toBe(0.85);
    expect(wordMatch("sciatic", "sciatica")).toBe(0.85);
    // Still being typed, close to the end: a word form too.
    expect(wordMatch("myofasc", "myofascial")).toBe(0.85);
    expect(wordMatch("aching", "ache")).toBe(0.9);
    expect(wordMatch("sprained", "sprain")).toBe(0.9);
    expect([
      sameWordForm("stress", "stretch"),
      sameWordForm("tension", "tensor"),
      sameWordForm("anxiou", "anxieti"),
    ]).toEqual([false, false, false]);
  });

  it("joins irregular forms and British and American spellings at the stem", () => {
    expect(wordMatch("swollen", "swelling")).toBe(0.9);
    expect(wordMatch("thoughts", "thinking")).toBe(0.9);
    expect(wordMatch("oedema", "edema")).toBe(0.9);
    expect(wordMatch("lymphoedema", "lymphedema")).toBe(0.9);
    expect(wordMatch("haematoma", "hematoma")).toBe(0.9);
    expect(wordMatch("anaemia", "anemia")).toBe(0.9);
    expect(wordMatch("apnoea", "apnea")).toBe(0.9);
    expect(wordMatch("paralysed", "paralyzed")).toBe(0.9);
    expect(wordMatch("tumour", "tumor")).toBe(0.9);
    expect(wordMatch("fibre", "fiber")).toBe(0.9);
    // Words that only look like the patterns keep their own stems.
    expect(["toes", "does", "four", "hour", "your", "more", "there"].map(americanSpelling)).toEqual([
      "toes",
      "does",
      "four",
      "hour",
      "your",
      "more",
      "there",
    ]);
  });

  it("matches a lay word for the label's word a little below the word itself", () => {
    expect(wordMatch("sore", "pain")).toBe(LAY_EQUIVALENT);
    expect(wordMatch("aching", "painful")).toBe(LAY_EQUIVALENT);
    expect(wordMatch("tummy", "abdominal")).toBe(LAY_EQUIVALENT);
    expect(wordMatch("slipped", "bulging")).toBe(LAY_EQUIVALENT);
    expect(LAY_EQUIVALENT).toBeLessThan(0.9);
    expect(wordMatch("sore", "sorry")).toBe(0);
    const matcher = new TermMatcher(["tummy", "banged"]);
    expect(matcher.heldBy(["abdominal", "pain"])).toEqual([true, false]);
    expect(matcher.heldBy(["a", "head", "injury"])).toEqual([false, true]);
  });

  it("gives the start of a stem to find other forms in the index, only for long stems", () => {
    expect(wordFormPrefix("epileptic")).toBe("epilep");
    expect([wordFormPrefix("pain"), wordFormPrefix("spasm"), wordFormPrefix("aching")]).toEqual([null, null, null]);
    // Only plain English letters: Porter's rules are for English, and a cut must not split a character.
    expect([wordFormPrefix("épileptique"), wordFormPrefix("𐀀𐀀𐀀𐀀𐀀𐀀")]).toEqual([null, null]);
  });
});
