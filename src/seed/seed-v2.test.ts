import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { readSeedFiles } from "./seed-folder";
import { formatProblem, SeedProblem } from "./seed-problem";
import { SeedFileText } from "./seed-format";
import { validateSeed } from "./seed-validate";
import { formatSeedFiles } from "./seed-yaml";

/** A folder in seed format v2 with every new field once, in canonical form (what export writes). */
const V2: Record<string, string> = Object.fromEntries(
  readSeedFiles(join(projectRoot(), "test/fixtures/seed-v2")).map((f) => [f.file, f.text ?? ""]),
);

const asFiles = (texts: Record<string, string | null>): SeedFileText[] =>
  Object.entries(texts).map(([file, text]) => ({ file, text }));
const problemsOf = (overrides: Record<string, string | null>): SeedProblem[] =>
  validateSeed(asFiles({ ...V2, ...overrides })).problems;
const messages = (overrides: Record<string, string | null>) => problemsOf(overrides).map(formatProblem);

describe("seed format v2", () => {
  it("reads every new field", () => {
    const { graph, problems } = validateSeed(asFiles(V2));
    expect(problems).toEqual([]);
    expect(graph.sources.find((s) => s.id === "moyer-2004")).toMatchObject({
      type: "review",
      pmid: "14717648",
      doi: "10.1037/0033-2909.130.1.3",
    });
    expect(graph.sources.find((s) => s.id === "werner")).toMatchObject({
      edition: "6th",
      covers: [
        "calf-swelling",
        "controlled-hypertension",
        "deep-vein-thrombosis",
        "hypertension",
        "muscle-spasm",
        "relaxation-massage",
        "stress",
        "uncontrolled-hypertension",
      ],
      reviewed: "2026-12-01",
    });
    expect(graph.entities.find((e) => e.id === "controlled-hypertension")).toMatchObject({
      question: "Is the blood pressure kept in range with treatment?",
      adaptation: {
        pressure: "moderate",
        avoid: ["deep work on the legs", "the abdomen"],
        maxMinutes: 60,
        clearance: true,
      },
    });
    expect(graph.entities.find((e) => e.id === "calf-swelling")).toMatchObject({
      kind: "redFlag",
      urgency: "EMERGENCY",
    });
    expect(graph.relationships.find((r) => r.type === "TREATED_BY")).toMatchObject({
      outcome: "no-benefit",
      stage: "any",
    });
    expect(graph.relationships.filter((r) => r.group === "control")).toHaveLength(2);
  });

  it("writes it back byte for byte (the texts above are canonical)", () => {
    const { graph } = validateSeed(asFiles(V2));
    const out = Object.fromEntries(formatSeedFiles(graph).map((f) => [f.file, f.text]));
    for (const [file, text] of Object.entries(V2)) expect(out[file]).toBe(text);
  });

  it("still reads a folder without red-flags.yaml (format v1)", () => {
    const { "red-flags.yaml": _, ...v1 } = V2;
    const sources = V2["sources.yaml"].replaceAll("calf-swelling, ", "");
    const relationships = V2["relationships.yaml"]
      .split("- from: ")
      .filter((r) => r && !/red-flag|HAS_RED_FLAG|SUGGESTS/.test(r));
    expect(
      validateSeed(
        asFiles({
          ...v1,
          "sources.yaml": sources,
          "relationships.yaml": relationships.map((r) => `- from: ${r}`).join(""),
        }),
      ).problems,
    ).toEqual([]);
  });

  it("checks the new source fields", () => {
    const bad =
      "- id: s\n  title: T\n  type: blog\n  publisher: P\n  doi: doi.org/10.1/x\n  pmid: 14717648\n  accessed: 2026-13-01\n" +
      '  reviewed: yesterday\n  covers: ["*", stress, Not A Slug, nowhere]\n  edition: 6\n';
    expect(messages({ "sources.yaml": bad })).toEqual([
      'sources.yaml #0 (s) type: must be one of review, trial, textbook, guideline, website, got "blog"',
      'sources.yaml #0 (s) doi: must be a DOI like 10.1002/14651858.CD003528.pub2 (only when confirmed against the source), got "doi.org/10.1/x"',
      "sources.yaml #0 (s) pmid: must be written as a string (in quotes), got number 14717648",
      "sources.yaml #0 (s) edition: must be written as a string (in quotes), got number 6",
      'sources.yaml #0 (s) accessed: is not a real date, got "2026-13-01"',
      'sources.yaml #0 (s) reviewed: must be a date written YYYY-MM-DD, got "yesterday"',
      'sources.yaml #0 (s) covers: "*" (covers everything) is refused: list the entity ids the source discusses',
      'sources.yaml #0 (s) covers: must be an entity id, got "Not A Slug"',
      'sources.yaml #0 (s) covers: unknown entity id "nowhere"',
      expect.stringContaining("unknown source id"),
      expect.stringContaining("unknown source id"),
      expect.stringContaining("unknown source id"),
      expect.stringContaining("unknown source id"),
      expect.stringContaining("unknown source id"),
    ]);
  });

  it("checks question, adaptation, urgency and action", () => {
    const contraindication =
      "- id: deep-vein-thrombosis\n  name: DVT\n  summary: S.\n  severity: ABSOLUTE\n  scope: GENERAL\n  question: ''\n" +
      "  adaptation:\n    pressure: firm\n    maxMinutes: 0\n    clearance: yes please\n    avoid: legs\n    angle: 30\n" +
      "- id: controlled-hypertension\n  name: C\n  summary: S.\n  severity: PRECAUTION\n  scope: GENERAL\n  adaptation: gentle\n" +
      "- id: uncontrolled-hypertension\n  name: U\n  summary: S.\n  severity: ABSOLUTE\n  scope: GENERAL\n  adaptation: {}\n";
    const redFlag = "- id: calf-swelling\n  name: Calf\n  summary: S.\n  urgency: NOW\n  severity: ABSOLUTE\n";
    const found = messages({ "contraindications.yaml": contraindication, "red-flags.yaml": redFlag });
    expect(found).toEqual([
      "contraindications.yaml #0 (deep-vein-thrombosis) question: must not be empty",
      'contraindications.yaml #0 (deep-vein-thrombosis) adaptation.pressure: must be one of light, moderate, usual, got "firm"',
      'contraindications.yaml #0 (deep-vein-thrombosis) adaptation.avoid: must be a list, got string "legs"',
      "contraindications.yaml #0 (deep-vein-thrombosis) adaptation.maxMinutes: must be at least 1, got 0",
      'contraindications.yaml #0 (deep-vein-thrombosis) adaptation.clearance: must be true or false, got string "yes please"',
      expect.stringMatching(/^contraindications.yaml #0 \(deep-vein-thrombosis\) adaptation.angle: unknown field/),
      'contraindications.yaml #1 (controlled-hypertension) adaptation: must be a map of fields, got string "gentle"',
      "contraindications.yaml #2 (uncontrolled-hypertension) adaptation: must hold at least one of pressure, position, avoid, maxMinutes, clearance, notes",
      'red-flags.yaml #0 (calf-swelling) urgency: must be one of EMERGENCY, SAME_DAY, SOON, got "NOW"',
      "red-flags.yaml #0 (calf-swelling) action: is required",
      expect.stringMatching(/^red-flags.yaml #0 \(calf-swelling\) severity: unknown field/),
    ]);
  });

  it("allows outcome only on TREATED_BY / PREVENTED_BY, group only on PRESENTS_AS, and the red-flag triples only between their kinds", () => {
    const rels =
      "- from: hypertension\n  type: PRESENTS_AS\n  to: controlled-hypertension\n  note: N.\n  evidence: C\n  outcome: benefit\n  group: Control Group\n  sources: [werner]\n" +
      "- from: stress\n  type: TREATED_BY\n  to: relaxation-massage\n  note: N.\n  evidence: A\n  outcome: harmful\n  group: x\n  sources: [moyer-2004]\n" +
      "- from: calf-swelling\n  type: HAS_RED_FLAG\n  to: muscle-spasm\n  note: N.\n  evidence: D\n  sources: [nhs-dvt]\n" +
      "- from: calf-swelling\n  type: SUGGESTS\n  to: relaxation-massage\n  note: N.\n  evidence: D\n  sources: [nhs-dvt]\n";
    expect(messages({ "relationships.yaml": rels })).toEqual([
      'relationships.yaml #0 (hypertension -PRESENTS_AS-> controlled-hypertension) group: must be a slug (lowercase letters, digits and single hyphens), got "Control Group"',
      "relationships.yaml #0 (hypertension -PRESENTS_AS-> controlled-hypertension) outcome: only TREATED_BY and PREVENTED_BY carry an outcome",
      'relationships.yaml #1 (stress -TREATED_BY-> relaxation-massage) outcome: must be one of benefit, no-benefit, insufficient, got "harmful"',
      "relationships.yaml #1 (stress -TREATED_BY-> relaxation-massage) group: only PRESENTS_AS carry a group",
      "relationships.yaml #2 (calf-swelling -HAS_RED_FLAG-> muscle-spasm) type: HAS_RED_FLAG joins ailment or cause or contraindication -> red flag, not red flag -> ailment",
      "relationships.yaml #3 (calf-swelling -SUGGESTS-> relaxation-massage) type: SUGGESTS joins red flag -> ailment or contraindication, not red flag -> therapy",
    ]);
  });
});
