import { STRINGS } from "./widget-strings";

/** Every text a person reads, placeholders removed (they hold names from the API, not our wording). */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/\{\w+\}/g, "").trim()];
  return Object.values(value as object).flatMap(texts);
}

const words = (text: string) => text.match(/[a-z]+(?:'[a-z]+)?/gi) ?? [];
const sentences = (text: string) => text.split(/[.?!:]+/).filter((s) => words(s).length > 0);

/** Vowel groups, a silent final e dropped: the usual estimate behind readability formulas. */
function syllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "")
    .replace(/^y/, "");
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Flesch-Kincaid grade level over all texts: US school grade 6 to 7 is a reading age of about 12. */
function gradeLevel(all: string[]): number {
  const allWords = all.flatMap(words);
  const sentenceCount = all.flatMap(sentences).length;
  const syllableCount = allWords.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (allWords.length / sentenceCount) + 11.8 * (syllableCount / allWords.length) - 15.59;
}

describe("the widget's own texts are plain words (issue 25: a reading age of about 12)", () => {
  const all = texts(STRINGS);

  it("read at about school grade 7 or below (Flesch-Kincaid)", () => {
    expect(all.length).toBeGreaterThan(30);
    expect(gradeLevel(all)).toBeLessThanOrEqual(7);
  });

  it("keep sentences short", () => {
    for (const sentence of all.flatMap(sentences)) expect(words(sentence).length).toBeLessThanOrEqual(16);
  });

  it("use no therapists' or doctors' jargon", () => {
    const jargon = /contraindicat|precaution|subacute|\bacute|chronic|ailment|adapt|modalit|efficacy|indicated/i;
    expect(all.filter((text) => jargon.test(text))).toEqual([]);
  });

  it("the measure can fail: a therapist's sentence scores far above it", () => {
    const jargonSentence =
      "Contraindicated during the acute inflammatory phase; modified application with reduced pressure recommended.";
    expect(gradeLevel([jargonSentence])).toBeGreaterThan(12);
  });
});
