import { checkEvidencePolicy, PolicyRelationship, PolicySource, strongestGrade } from "./evidence-policy";
import { readSeedFolder } from "./seed-folder";

const ALL = ["neck-pain", "relaxation-massage", "tendinitis", "deep-transverse-friction"];
const src = (id: string, type: string, covers: string[] = ALL, edition?: string): PolicySource => ({
  id,
  type,
  covers,
  edition,
});
const SOURCES: PolicySource[] = [
  src("web", "website", ["neck-pain", "relaxation-massage"]),
  src("book", "textbook", ALL, "5th"),
  src("guide", "guideline", ["neck-pain", "relaxation-massage"]),
  src("trial-1", "trial", ["neck-pain", "relaxation-massage"]),
  src("trial-2", "trial", ["neck-pain", "relaxation-massage"]),
  src("review", "review", ["neck-pain", "relaxation-massage"]),
  src("tendon-review", "review", ["tendinitis", "deep-transverse-friction"]),
];
const link = (
  evidence: string,
  sources: string[],
  from = "neck-pain",
  to = "relaxation-massage",
): PolicyRelationship => ({ from, type: "TREATED_BY", to, evidence, sources });
const problems = (rel: PolicyRelationship, sources = SOURCES) => checkEvidencePolicy({ sources, relationships: [rel] });
const NO_EDITION = src("book-no-edition", "textbook", ALL);

describe("evidence policy", () => {
  it("knows what each kind of source can carry", () => {
    const pick = (...ids: string[]) => SOURCES.filter((s) => ids.includes(s.id));
    expect(strongestGrade(pick("review"))).toBe("A");
    expect(strongestGrade(pick("trial-1", "trial-2"))).toBe("A");
    expect(strongestGrade(pick("trial-1"))).toBe("B");
    expect(strongestGrade(pick("book"))).toBe("C");
    expect(strongestGrade(pick("guide"))).toBe("C");
    expect(strongestGrade([NO_EDITION])).toBe("D");
    expect(strongestGrade(pick("web"))).toBe("D");
    expect(strongestGrade([])).toBe("D");
  });

  it("refuses an A that cites only a website", () => {
    expect(problems(link("A", ["web"]))).toEqual([
      {
        subject: "neck-pain -TREATED_BY-> relaxation-massage",
        rule: "grade",
        message: "graded A, but its sources can carry at most D: web (website)",
      },
    ]);
  });

  it("refuses a B that cites only a textbook, and an A on one trial", () => {
    expect(problems(link("B", ["book"])).map((p) => p.message)).toEqual([
      "graded B, but its sources can carry at most C: book (textbook)",
    ]);
    expect(problems(link("A", ["trial-1", "web"])).map((p) => p.rule)).toEqual(["grade"]);
  });

  it("refuses a C that cites only a website, or a textbook without an edition", () => {
    expect(problems(link("C", ["web"])).map((p) => p.message)).toEqual([
      "graded C, but its sources can carry at most D: web (website)",
    ]);
    expect(problems(link("C", ["book-no-edition"]), [...SOURCES, NO_EDITION]).map((p) => p.message)).toEqual([
      "is a textbook without an edition; it supports at most D until one is given",
      "graded C, but its sources can carry at most D: book-no-edition (textbook without edition)",
    ]);
  });

  it("refuses a citation of a source whose covers lacks an end of the link (the friction review cited for strains)", () => {
    const rel = link("D", ["tendon-review"], "muscle-strain", "deep-transverse-friction");
    expect(problems(rel)).toEqual([
      {
        subject: "muscle-strain -TREATED_BY-> deep-transverse-friction",
        rule: "covers",
        message: "cites tendon-review, which does not discuss muscle-strain (not in its covers)",
      },
    ]);
    const both = problems(link("D", ["tendon-review"], "hypertension", "relaxation-massage"));
    expect(both[0].message).toContain("does not discuss hypertension or relaxation-massage");
  });

  it("accepts grades the sources can carry, and any grade weaker than that", () => {
    for (const rel of [
      link("A", ["review"]),
      link("A", ["trial-1", "trial-2"]),
      link("B", ["trial-1"]),
      link("C", ["guide"]),
      link("C", ["book"]),
      link("D", ["web"]),
      link("D", ["review"]),
      link("B", ["review", "web"]),
    ]) {
      expect(problems(rel)).toEqual([]);
    }
  });

  it("flags unknown sources, untyped sources, missing covers and covers that name nothing", () => {
    const sources: PolicySource[] = [
      { id: "bare" },
      { id: "mixed", type: "website", covers: ["*", "stress"] },
      src("typo", "trial", ["strss"]),
    ];
    const found = checkEvidencePolicy({
      sources,
      relationships: [link("D", ["nowhere"])],
      entityIds: new Set(["stress", "neck-pain", "relaxation-massage"]),
    });
    expect(found.map((p) => `${p.subject}: ${p.message}`)).toEqual([
      "bare: has no type, so the grades it supports cannot be checked",
      "bare: has no covers list (the entity ids it discusses)",
      'mixed: says "*" (covers everything); list the entity ids it discusses',
      'typo: covers unknown id "strss"',
      'neck-pain -TREATED_BY-> relaxation-massage: cites unknown source "nowhere"',
    ]);
  });

  it("finds nothing wrong in the real seed folder", () => {
    const { graph, problems: seedProblems } = readSeedFolder();
    expect(seedProblems).toEqual([]);
    const entityIds = new Set(graph.entities.map((e) => e.id));
    const found = checkEvidencePolicy({ sources: graph.sources, relationships: graph.relationships, entityIds });
    expect(found).toEqual([]);
    // The policy is not vacuous on the real data: every grade occurs and every source type is cited.
    expect(new Set(graph.relationships.map((r) => r.evidence))).toEqual(new Set(["A", "B", "C", "D"]));
  });
});
