import fc from "fast-check";
import { luceneQuery, MAX_TERMS, searchTerms } from "./search-terms";

describe("searchTerms", () => {
  it("keeps lowercase words of letters and digits", () => {
    expect(searchTerms("Charley-Horse")).toEqual(["charley", "horse"]);
    expect(searchTerms("  Muscle   SPASM  ")).toEqual(["muscle", "spasm"]);
  });

  it("drops query syntax: operators, quotes, wildcards, fuzzy marks, backslashes, field names", () => {
    expect(searchTerms('"cramp" AND (spasm OR NOT pain)')).toEqual(["cramp", "spasm", "pain"]);
    expect(searchTerms("cr*mp~2 name:stress \\ / [a TO z] {x} ^3 !")).toEqual(["cr", "mp", "name", "stress"]);
    expect(searchTerms("***")).toEqual([]);
    expect(searchTerms("💆‍♀️ 🙂")).toEqual([]);
  });

  it("caps length and number of terms", () => {
    expect(searchTerms("word ".repeat(10_000))).toEqual(["word"]);
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `term${i}`).join(" "))).toHaveLength(MAX_TERMS);
    expect(searchTerms("x".repeat(10_000))[0].length).toBeLessThanOrEqual(40);
  });

  it("keeps accented and non-Latin letters", () => {
    expect(searchTerms("Épaule douleur")).toEqual(["épaule", "douleur"]);
    expect(searchTerms("肩こり")).toEqual(["肩こり"]);
  });
});

describe("luceneQuery", () => {
  it("boosts names and synonyms and adds prefix and fuzzy forms", () => {
    const query = luceneQuery(["cramp"]);
    expect(query).toContain("synonyms:cramp^4");
    expect(query).toContain("name:cramp*^2");
    expect(query).toContain("name:cramp~2");
    expect(luceneQuery(["neck"])).toContain("name:neck~1");
  });

  it("adds the whole phrase for several words", () => {
    expect(luceneQuery(["charley", "horse"])).toContain('synonyms:"charley horse"^6');
  });

  it("never contains user-supplied syntax, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const query = luceneQuery(searchTerms(text));
        // Only our own syntax: field names, ^boost, *, ~edits, phrase quotes, spaces.
        const stripped = query.replace(/(name|synonyms|summary):/g, "").replace(/\^\d+(\.\d+)?|~[12]|\*|"/g, "");
        expect(stripped).toMatch(/^[\p{L}\p{N} ]*$/u);
      }),
      { numRuns: 500 },
    );
  });
});
