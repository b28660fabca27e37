import { formatProblem, SeedProblem } from "./seed-problem";
import { SEED_FILES, SeedFileText } from "./seed-format";
import { validateSeed } from "./seed-validate";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { readSeedFolder } from "./seed-folder";

/** A small valid seed folder; each test overrides one file. */
const VALID: Record<string, string> = {
  "sources.yaml":
    "- id: book\n  title: A book\n  type: textbook\n  publisher: Press\n  year: 2016\n  edition: 2nd\n  reviewed: 2026-12-01\n" +
    "  covers: [relaxation-massage]\n",
  "ailments.yaml":
    "- id: muscle-spasm\n  name: Muscle spasm\n  synonyms: [cramp]\n  summary: A cramp.\n  codes: { icd10: M62.83 }\n" +
    "- id: hypertension\n  name: Hypertension\n  summary: High blood pressure.\n" +
    "- id: stress\n  name: Stress\n  summary: Pressure.\n  alsoActsAs: [cause]\n",
  "causes.yaml": "- id: poor-posture\n  name: Poor posture\n  summary: Slouching.\n",
  "therapies.yaml":
    "- id: relaxation-massage\n  name: Relaxation massage\n  summary: Gentle strokes.\n  category: massage\n",
  "contraindications.yaml":
    "- id: fever\n  name: Fever\n  summary: Raised temperature.\n  severity: ABSOLUTE\n  scope: GENERAL\n  stage: acute\n",
  "relationships.yaml":
    "- from: muscle-spasm\n  type: CAUSED_BY\n  to: stress\n  note: Tension.\n  evidence: C\n  sources: [book]\n" +
    "- from: stress\n  type: TREATED_BY\n  to: relaxation-massage\n  note: Calms.\n  evidence: B\n  stage: any\n  sources: [book]\n",
};

function files(overrides: Record<string, string | null> = {}): SeedFileText[] {
  const all = { ...VALID, ...overrides };
  return Object.entries(all).map(([file, text]) => ({ file, text }));
}

function problemsOf(overrides: Record<string, string | null>): SeedProblem[] {
  return validateSeed(files(overrides)).problems;
}

describe("validateSeed", () => {
  it("accepts a valid folder and reads every field", () => {
    const { graph, problems } = validateSeed(files());
    expect(problems).toEqual([]);
    expect(graph.entities.map((e) => e.id)).toEqual([
      "muscle-spasm",
      "hypertension",
      "stress",
      "poor-posture",
      "relaxation-massage",
      "fever",
    ]);
    expect(graph.entities[0]).toEqual({
      kind: "ailment",
      id: "muscle-spasm",
      name: "Muscle spasm",
      synonyms: ["cramp"],
      summary: "A cramp.",
      alsoActsAs: [],
      codes: { icd10: "M62.83" },
    });
    expect(graph.entities.find((e) => e.id === "stress")?.alsoActsAs).toEqual(["cause"]);
    expect(graph.sources).toEqual([
      {
        id: "book",
        title: "A book",
        type: "textbook",
        publisher: "Press",
        year: 2016,
        edition: "2nd",
        reviewed: "2026-12-01",
        covers: ["relaxation-massage"],
      },
    ]);
    expect(graph.relationships[1]).toEqual({
      from: "stress",
      type: "TREATED_BY",
      to: "relaxation-massage",
      note: "Calms.",
      evidence: "B",
      stage: "any",
      sources: ["book"],
    });
  });

  it("refuses names that look alike once compared by their key (case, width, invisible and look-alike letters)", () => {
    const causes =
      '- id: poor-posture\n  name: Poor posture\n  summary: Slouching.\n- id: stress-twin\n  name: "\\uFF33tr\\u200Bess"\n  summary: Twin.\n';
    expect(problemsOf({ "causes.yaml": causes })).toEqual([
      {
        file: "causes.yaml",
        index: 1,
        entry: "stress-twin",
        field: "name",
        message: expect.stringContaining('the same name as "Stress" of stress'),
      },
    ]);
  });

  it("refuses the look-alike pair of the seed-look-alike fixture folder", () => {
    const { problems } = readSeedFolder(join(projectRoot(), "test/fixtures/seed-look-alike"));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/causes\.yaml.*test-stress-twin.*name.*same name as "Test stress"/),
    ]);
  });

  it("lets a node with alsoActsAs stand where any of its kinds may (stress as a cause)", () => {
    const rel = "- from: stress\n  type: CAUSED_BY\n  to: stress\n  note: x\n  evidence: C\n  sources: [book]\n";
    const other =
      "- from: stress\n  type: RELATED_TO\n  to: muscle-spasm\n  note: x\n  evidence: C\n  sources: [book]\n";
    expect(problemsOf({ "relationships.yaml": other })).toEqual([]);
    expect(problemsOf({ "relationships.yaml": rel }).map((p) => p.message)).toEqual([
      "a relationship cannot join a node to itself",
    ]);
  });

  it("reports a YAML syntax error with its file and keeps checking the other files", () => {
    const problems = problemsOf({
      "causes.yaml": "- id: worry\n  name: [unclosed\n",
      "therapies.yaml": "- id: Bad Slug\n  name: X\n  summary: Y\n",
    });
    expect(problems.filter((p) => p.file === "causes.yaml")[0].message).toMatch(/^YAML syntax/);
    expect(problems).toContainEqual(expect.objectContaining({ file: "therapies.yaml", index: 0, field: "id" }));
  });

  it("reports every field problem of an entry, not just the first", () => {
    const bad =
      "- id: fever\n  name: ''\n  synonyms: cramp\n  severity: TOTAL\n  scope: GENERAL\n  stage: later\n  sumary: typo\n  codes: [I10]\n";
    const problems = problemsOf({ "contraindications.yaml": bad });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(problems.every((p) => p.file === "contraindications.yaml" && p.index === 0 && p.entry === "fever")).toBe(
      true,
    );
    expect(byField).toEqual({
      name: "must not be empty",
      synonyms: 'must be a list, got string "cramp"',
      summary: "is required",
      severity: 'must be one of ABSOLUTE, PRECAUTION, got "TOTAL"',
      stage: 'must be one of acute, subacute, chronic, any, got "later"',
      codes: "must be a map of code system to code, like { icd10: I10 }, got a list",
      sumary: expect.stringContaining('unknown field (did you mean "summary"?)'),
    });
  });

  it("rejects contraindication fields on other kinds, bad kinds in alsoActsAs and uppercase synonyms", () => {
    const problems = problemsOf({
      "causes.yaml":
        "- id: worry\n  name: Worry\n  summary: S.\n  severity: ABSOLUTE\n  alsoActsAs: [ailment, patient, cause]\n  synonyms: [Tension]\n",
    });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'synonyms: must be lowercase, got "Tension"',
      'alsoActsAs: a cause that is also an ailment is an ailment first: an ailment with alsoActsAs cause, got "ailment"',
      'alsoActsAs: unknown kind "patient"; kinds: ailment, cause, therapy, contraindication, redFlag',
      'alsoActsAs: is this entity\'s own kind (its file), got "cause"',
      expect.stringMatching(/^severity: unknown field/),
    ]);
  });

  it("lets only an ailment play a second role, and only cause (one GraphQL type per entity)", () => {
    const problems = problemsOf({
      "therapies.yaml":
        VALID["therapies.yaml"] + "- id: session\n  name: Session\n  summary: S.\n  alsoActsAs: [cause]\n",
      "contraindications.yaml":
        VALID["contraindications.yaml"] +
        "- id: lump\n  name: Lump\n  summary: L.\n  severity: ABSOLUTE\n  scope: LOCAL\n  alsoActsAs: [ailment]\n",
      "ailments.yaml":
        VALID["ailments.yaml"] + "- id: flare\n  name: Flare\n  summary: F.\n  alsoActsAs: [contraindication]\n",
    });
    expect(problems.map(formatProblem)).toEqual([
      'ailments.yaml #3 (flare) alsoActsAs: an ailment may also act as a cause, and nothing else, got "contraindication"',
      'therapies.yaml #1 (session) alsoActsAs: only an ailment may play a second role (cause); a therapy plays no other, got "cause"',
      'contraindications.yaml #1 (lump) alsoActsAs: only an ailment may play a second role (cause); a contraindication plays no other, got "ailment"',
    ]);
  });

  it("finds duplicate ids across files, sources included", () => {
    const problems = problemsOf({
      "therapies.yaml":
        VALID["therapies.yaml"] + "- id: book\n  name: Book\n  summary: B.\n- id: stress\n  name: S\n  summary: S.\n",
    });
    expect(problems.map(formatProblem)).toEqual([
      "therapies.yaml #1 (book) id: duplicate id; already used in sources.yaml #0",
      "therapies.yaml #2 (stress) id: duplicate id; already used in ailments.yaml #2",
    ]);
  });

  it("checks relationship references, kinds, sources, types and duplicates", () => {
    const rels = [
      "- from: muscle-spasm\n  type: CAUSED_BY\n  to: nowhere\n  note: n\n  evidence: C\n  sources: [book]",
      "- from: relaxation-massage\n  type: CAUSED_BY\n  to: stress\n  note: n\n  evidence: C\n  sources: [book]",
      "- from: muscle-spasm\n  type: CAUSES\n  to: stress\n  note: n\n  evidence: C\n  sources: [book]",
      "- from: muscle-spasm\n  type: TREATED_BY\n  to: relaxation-massage\n  note: n\n  evidence: E\n  sources: []",
      "- from: hypertension\n  type: PRESENTS_AS\n  to: fever\n  note: n\n  evidence: C\n  sources: [missing-source, stress]",
      "- from: book\n  type: RELATED_TO\n  to: hypertension\n  note: n\n  evidence: C",
      "- from: hypertension\n  type: PRESENTS_AS\n  to: fever\n  note: again\n  evidence: C\n  sources: [book]",
    ].join("\n");
    const lines = problemsOf({ "relationships.yaml": rels + "\n" }).map(formatProblem);
    expect(lines).toEqual([
      'relationships.yaml #0 (muscle-spasm -CAUSED_BY-> nowhere) to: unknown id "nowhere"',
      "relationships.yaml #1 (relaxation-massage -CAUSED_BY-> stress) type: CAUSED_BY joins ailment -> cause, not therapy -> ailment/cause",
      'relationships.yaml #2 (muscle-spasm -CAUSES-> stress) type: unknown relationship type; types: CAUSED_BY, TREATED_BY, PREVENTED_BY, CONTRAINDICATED_BY, LEADS_TO, RELATED_TO, DISTINCT_FROM, PRESENTS_AS, INCLUDES, HAS_RED_FLAG, SUGGESTS, got "CAUSES"',
      'relationships.yaml #3 (muscle-spasm -TREATED_BY-> relaxation-massage) evidence: must be one of A, B, C, D, got "E"',
      "relationships.yaml #3 (muscle-spasm -TREATED_BY-> relaxation-massage) sources: must hold at least one item",
      'relationships.yaml #4 (hypertension -PRESENTS_AS-> fever) sources: unknown source id "missing-source"',
      'relationships.yaml #4 (hypertension -PRESENTS_AS-> fever) sources: "stress" is an entity, not a source',
      "relationships.yaml #5 (book -RELATED_TO-> hypertension) sources: is required",
      'relationships.yaml #5 (book -RELATED_TO-> hypertension) from: "book" is a source, not an entity',
      "relationships.yaml #6 (hypertension -PRESENTS_AS-> fever) type: duplicate relationship; already at relationships.yaml #4",
    ]);
  });

  it("reports missing and unknown files and non-list files", () => {
    const problems = validateSeed([
      ...files({ "causes.yaml": null, "therapies.yaml": "id: x\n" }),
      { file: "extra.yaml", text: "[]" },
    ]).problems;
    expect(problems.map(formatProblem)).toEqual([
      "causes.yaml: file is missing",
      "therapies.yaml: must be a YAML list of entries (each starting with '- ')",
      // The ids of unreadable files would all look unknown: one line instead of one per reference.
      "relationships.yaml: 1 reference(s) to ids not found are not listed, because a seed file could not be read; fix that first",
      `extra.yaml: unknown seed file; expected ${SEED_FILES.join(", ")}`,
    ]);
  });

  it("checks source fields", () => {
    const problems = problemsOf({ "sources.yaml": "- id: book\n  title: T\n  url: not a url\n  year: '2016'\n" });
    expect(problems.map((p) => p.field)).toEqual(["type", "publisher", "year", "url", "reviewed", "covers"]);
  });

  it("requires what the evidence policy reads: type, covers, reviewed, an edition for a textbook, an adaptation on a precaution", () => {
    const book =
      "- id: book\n  title: A book\n  type: textbook\n  publisher: Press\n  reviewed: 2026-12-01\n  covers: [stress]\n";
    expect(problemsOf({ "sources.yaml": book }).map(formatProblem)).toEqual([
      "sources.yaml #0 (book) edition: is required for a textbook",
    ]);
    const noReview = "- id: book\n  title: A book\n  type: website\n  publisher: Press\n  covers: []\n";
    expect(problemsOf({ "sources.yaml": noReview }).map((p) => `${p.field}: ${p.message}`)).toEqual([
      "reviewed: is required: the date the citations were last checked against the source (YYYY-MM-DD)",
      "covers: must hold at least one item",
    ]);
    const precaution =
      "- id: fever\n  name: Fever\n  summary: Raised temperature.\n  severity: PRECAUTION\n  scope: GENERAL\n";
    expect(problemsOf({ "contraindications.yaml": precaution }).map(formatProblem)).toEqual([
      "contraindications.yaml #0 (fever) adaptation: is required on a PRECAUTION: say how to adapt (pressure, position, avoid, maxMinutes, clearance, notes)",
    ]);
    expect(problemsOf({ "contraindications.yaml": precaution + "  adaptation:\n    pressure: light\n" })).toEqual([]);
  });
});
