import { ENTITY_KINDS, KINDS } from "../model";
import { checkEntity, checkRelationship, checkSource, LIMITS } from ".";

const COMMON = ["id", "name", "synonyms", "summary", "category", "alsoActsAs", "codes"];
const LINK = { from: "a", type: "TREATED_BY", to: "b", note: "Helps.", evidence: "C", sources: ["s"] };

describe("the record rules (one validator for the seed files and curation)", () => {
  it.each(ENTITY_KINDS)("know the fields the model declares for %s, in its order", (kind) => {
    const [problem] = checkEntity(kind, { id: "x", name: "X", summary: "S.", bogus: 1 }).problems.filter(
      (p) => p.field === "bogus",
    );
    expect(problem.message).toBe(`unknown field; known fields: ${[...COMMON, ...KINDS[kind].seedFields].join(", ")}`);
  });

  it("keep the limits curation always had for the seed too (a seed entry an upsert would refuse is refused)", () => {
    const long = (n: number) => "x".repeat(n);
    expect(checkRelationship({ ...LINK, note: long(LIMITS.noteMax) }).problems).toEqual([]);
    expect(checkRelationship({ ...LINK, note: long(LIMITS.noteMax + 1) }).problems).toEqual([
      { field: "note", message: `must be at most ${LIMITS.noteMax} characters` },
    ]);
    const name = checkEntity("AILMENT", { id: "x", name: long(LIMITS.nameMax + 1), summary: "S." }).problems;
    expect(name).toEqual([{ field: "name", message: `must be at most ${LIMITS.nameMax} characters` }]);
  });

  it("apply rules that join fields even when another field is wrong, so one run reports all", () => {
    const problems = checkSource({
      id: "Bad",
      title: "T",
      type: "textbook",
      publisher: "P",
      reviewed: "2026-01-01",
      covers: ["x"],
    }).problems;
    expect(problems.map((p) => p.field)).toEqual(["id", "edition"]);
    const link = checkRelationship({ ...LINK, from: "b", type: "CAUSED_BY", outcome: "benefit", evidence: "E" });
    expect(link.problems.map((p) => p.field)).toEqual(["evidence", "outcome", "to"]);
  });

  it("let a link rest on no source only when it says it is practice-only, graded D (issue 27)", () => {
    const { sources: _cited, ...uncited } = LINK;
    const practice = { ...uncited, evidence: "D", practiceOnly: true };
    expect(checkRelationship(practice).problems).toEqual([]);
    expect(checkRelationship(uncited).problems).toEqual([{ field: "sources", message: "is required" }]);
    expect(checkRelationship({ ...LINK, sources: [] }).problems).toEqual([
      { field: "sources", message: "must hold at least one item" },
    ]);
    // The label cannot sit beside a source, lift the grade, or be written false.
    expect(checkRelationship({ ...practice, sources: ["s"] }).problems).toEqual([
      { field: "practiceOnly", message: "a practice-only link cites no source; drop practiceOnly or the sources" },
    ]);
    expect(checkRelationship({ ...practice, evidence: "C" }).problems).toEqual([
      { field: "evidence", message: "a practice-only link is graded D (tradition or practice, no source)" },
    ]);
    expect(checkRelationship({ ...LINK, practiceOnly: false }).problems.map((p) => p.field)).toEqual(["practiceOnly"]);
    // A locator needs a cited source, which a practice-only link has none of.
    expect(checkRelationship({ ...practice, locators: { s: "p. 3" } }).problems.map((p) => p.field)).toEqual([
      "locators",
    ]);
  });

  it("show the refused value only when asked (the seed check does; the API never echoes input)", () => {
    const bad = { ...LINK, evidence: "Z" };
    expect(checkRelationship(bad).problems[0].message).toBe("must be one of A, B, C, D");
    expect(checkRelationship(bad, { showValues: true }).problems[0].message).toBe('must be one of A, B, C, D, got "Z"');
  });
});
