import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import {
  citationLocatorLines,
  LOCATOR_RULE_ENFORCED,
  locatorGaps,
  locatorsFromStored,
  inSourceOrder,
  storedLocators,
} from "./citation-locators";
import { readSeedFiles, readSeedFolder } from "./seed-folder";
import { formatProblem } from "./seed-problem";
import { validateSeed } from "./seed-validate";
import { formatSeedFiles } from "./seed-yaml";
import { checkRelationship } from "../records";

const V2 = readSeedFiles(join(projectRoot(), "test/fixtures/seed-v2"));
const withRelationships = (text: string) =>
  V2.map((f) => (f.file === "relationships.yaml" ? { file: f.file, text } : f));

describe("citation locators: a textbook cited on a link names its chapter or page there", () => {
  const graph: Parameters<typeof locatorGaps>[0] = {
    sources: [
      { id: "book", type: "textbook" },
      { id: "other-book", type: "textbook" },
      { id: "page", type: "website" },
    ],
    relationships: [
      { from: "a", type: "CAUSED_BY", to: "b", sources: ["book", "page"], locators: { book: "ch. 3, p. 41" } },
      { from: "a", type: "TREATED_BY", to: "c", sources: ["page", "book"] },
      { from: "d", type: "CONTRAINDICATED_BY", to: "e", sources: ["other-book"], locators: { "other-book": " " } },
      { from: "f", type: "RELATED_TO", to: "g", sources: ["page"] },
    ],
  };

  it("finds every textbook citation without a locator (a blank one does not count; a web page needs none)", () => {
    expect(locatorGaps(graph)).toEqual([
      { link: "a -TREATED_BY-> c", source: "book" },
      { link: "d -CONTRAINDICATED_BY-> e", source: "other-book" },
    ]);
  });

  it("fails seed:check with one problem per citation when enforced, and warns in one line while not", () => {
    expect(citationLocatorLines(graph, true)).toEqual({
      problems: [
        "citation locator: a -TREATED_BY-> c: cites the textbook book without a chapter or page (locators)",
        "citation locator: d -CONTRAINDICATED_BY-> e: cites the textbook other-book without a chapter or page (locators)",
      ],
      warnings: [],
    });
    expect(citationLocatorLines(graph, false)).toEqual({
      problems: [],
      warnings: [
        "warning: citation locator (not yet enforced): 2 textbook citation(s) on links without a chapter or page: " +
          "book 1, other-book 1",
      ],
    });
  });

  it("is enforced exactly when every textbook citation of the real seed has a locator", () => {
    const { graph: seed, problems } = readSeedFolder();
    expect(problems).toEqual([]);
    expect(LOCATOR_RULE_ENFORCED).toBe(locatorGaps(seed).length === 0);
  });

  it("refuses a locator for a source the link does not cite, a non-text or overlong locator, and a non-map", () => {
    const link = { from: "a", type: "TREATED_BY", to: "b", note: "N.", evidence: "C", sources: ["book", "page"] };
    const read = (locators: unknown) =>
      checkRelationship({ ...link, locators }).problems.map((p) => `${p.field}: ${p.message}`);
    expect(read({ book: "ch. 2", elsewhere: "p. 9", page: 12, "Not A Slug": "x" })).toEqual([
      "locators: must be written as a string (in quotes)",
      "locators: elsewhere is not among the link's sources; a locator names a cited source",
      "locators: each key must be a source id (a lowercase slug)",
    ]);
    expect(read({ book: "x".repeat(201) })).toEqual(["locators: must be at most 200 characters"]);
    expect(read(["book", "ch. 2"])).toEqual([
      "locators: must be a map of cited source id to its chapter or page, like { werner: ch. 5 }",
    ]);
    expect(read({ book: "ch. 2" })).toEqual([]);
  });

  it("the seed reader refuses a stray locator, naming the link and the field", () => {
    const rels =
      "- from: hypertension\n  type: PRESENTS_AS\n  to: controlled-hypertension\n  note: N.\n  evidence: C\n" +
      "  sources: [werner]\n  locators:\n    nhs-dvt: p. 3\n";
    const problems = validateSeed(withRelationships(rels)).problems.map(formatProblem);
    expect(problems).toEqual([
      "relationships.yaml #0 (hypertension -PRESENTS_AS-> controlled-hypertension) locators: " +
        "nhs-dvt is not among the link's sources; a locator names a cited source",
    ]);
  });

  it("keeps locators in the order of the link's sources, and stores them as 'id: text' strings and back", () => {
    const locators = inSourceOrder({ page: "section 2", book: "ch. 1: Skin: burns" }, ["book", "page"]);
    expect(Object.keys(locators)).toEqual(["book", "page"]);
    const stored = storedLocators(locators);
    expect(stored).toEqual(["book: ch. 1: Skin: burns", "page: section 2"]);
    expect(locatorsFromStored(stored, ["book", "page"])).toEqual(locators);
    expect(storedLocators(undefined)).toBeNull();
    expect(locatorsFromStored(null, ["book"])).toBeUndefined();
    // After a curator replaced the sources, a locator of a source no longer cited is not exported.
    expect(locatorsFromStored(stored, ["page", "other"])).toEqual({ page: "section 2" });
  });

  it("reads the v2 fixture's locator and writes it back in canonical form", () => {
    const { graph: v2, problems } = validateSeed(V2);
    expect(problems).toEqual([]);
    const link = v2.relationships.find((r) => r.to === "controlled-hypertension");
    expect(link?.locators).toEqual({ werner: "ch. 5, fixture entry: Hypertension" });
    const written = formatSeedFiles(v2).find((f) => f.file === "relationships.yaml")?.text;
    expect(written).toBe(V2.find((f) => f.file === "relationships.yaml")?.text);
  });
});
