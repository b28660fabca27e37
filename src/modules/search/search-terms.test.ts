import fc from "fast-check";
import { luceneQuery, MAX_TERMS, queryTerms, searchTerms, stemmedQuery, typoEdits, wordsQuery } from "./search-terms";

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

  it("joins words around an apostrophe instead of leaving a stray letter", () => {
    expect(searchTerms("can't sleep")).toEqual(["cannot", "sleep"]);
    expect(searchTerms("Raynaud’s")).toEqual(["raynauds"]);
    expect(searchTerms("' quoted '")).toEqual(["quoted"]);
  });

  it("keeps accented and non-Latin letters", () => {
    expect(searchTerms("Épaule douleur")).toEqual(["épaule", "douleur"]);
    expect(searchTerms("肩こり")).toEqual(["肩こり"]);
  });
});

describe("queryTerms (search's own terms)", () => {
  it("puts lay phrases in clinical words and drops filler, keeping the words that mean something", () => {
    expect(queryTerms("thinking about ending my life")).toEqual(["thinking", "suicide"]);
    expect(queryTerms("I want to end my life")).toEqual(["want", "suicide"]);
    expect(queryTerms("pain all over my body")).toEqual(["pain", "widespread", "body"]);
    expect(queryTerms("suddenly can't lift my arm")).toEqual(["suddenly", "weakness", "arm"]);
    expect(queryTerms("swollen calf after a long flight")).toEqual(["swollen", "calf", "long", "flight"]);
    expect(queryTerms("banged my head and keep being sick")).toEqual(["banged", "head", "vomiting"]);
  });

  it("reads contractions typed without the apostrophe, and lay phrases for emergencies", () => {
    expect(queryTerms("havent had a poo for days")).toEqual(["poo", "days"]);
    expect(queryTerms("I dont see the point in living")).toEqual(["see", "suicide"]);
    expect(queryTerms("numb down below cant control my bladder")).toEqual([
      "saddle",
      "numbness",
      "bladder",
      "incontinence",
    ]);
    // Not every "down" or "below": only numbness down below.
    expect(queryTerms("pain down below my knee")).toEqual(["pain", "down", "below", "knee"]);
  });

  it("keeps the words that signal an emergency past the cap, in the order typed, and never more than the cap", () => {
    const words = Array.from({ length: 10 }, (_, i) => `w${i}`).join(" ");
    expect(queryTerms(`${words} chest`)).toEqual([
      ...Array.from({ length: MAX_TERMS - 1 }, (_, i) => `w${i}`),
      "chest",
    ]);
    const emergencies = "chest stroke bladder groin faint collapse seizure sudden severe worst";
    expect(queryTerms(`${words} ${emergencies}`)).toEqual(emergencies.split(" ").slice(0, MAX_TERMS));
  });

  it("keeps filler when it is all there is, and caps after dropping it", () => {
    expect(queryTerms("my")).toEqual(["my"]);
    const long = `${"my really very own ".repeat(5)}${Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ")}`;
    expect(queryTerms(long)).toEqual(["own", ...Array.from({ length: MAX_TERMS - 1 }, (_, i) => `w${i}`)]);
  });
});

describe("the two search queries", () => {
  it("allows typos only on words of 5 letters or more: 1 edit up to 7, then 2", () => {
    expect(["gout", "covid", "strech", "hipertension"].map(typoEdits)).toEqual([0, 1, 1, 2]);
    expect(wordsQuery(["gout"])).not.toContain("~");
    expect(wordsQuery(["hipertension"])).toContain("name:hipertension~2");
    expect(wordsQuery(["neck"])).toContain("name:neck*^2");
    expect(wordsQuery(["leg"])).not.toContain("*");
  });

  it("stems in the english index: names and synonyms over summaries, phrases first, fuzzy against stems", () => {
    const query = stemmedQuery(["charley", "horse"]);
    expect(query.startsWith('name:"charley horse"^6 synonyms:"charley horse"^6')).toBe(true);
    expect(query).toContain("summary:horse");
    expect(stemmedQuery(["strech"])).toContain("name:strech~1");
  });

  it("look for lay equivalents and regular forms too, below the typed word", () => {
    expect(stemmedQuery(["tummy"])).toContain("name:abdominal ");
    expect(wordsQuery(["tummy"])).toContain("synonyms:abdominal");
    expect(stemmedQuery(["swollen"])).toContain("name:swell^2");
  });

  it("stay far below Lucene's 1024 clauses with the most terms, each with the most equivalents", () => {
    const terms = queryTerms("pain ache aching achy sore hurt hurts hurting tummy belly stomach");
    expect(terms).toHaveLength(MAX_TERMS);
    for (const query of [stemmedQuery(terms), wordsQuery(terms)]) {
      expect(query.split(" ").length).toBeLessThan(512);
    }
  });

  it("never contain user-supplied syntax, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const terms = queryTerms(text);
        for (const query of [stemmedQuery(terms), wordsQuery(terms), stemmedQuery(searchTerms(text))]) {
          const stripped = query.replace(/(name|synonyms|summary):/g, "").replace(/\^\d+(\.\d+)?|~[12]|\*|"/g, "");
          expect(stripped).toMatch(/^[\p{L}\p{N} ]*$/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("luceneQuery (resolveTerms' suggestions)", () => {
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
