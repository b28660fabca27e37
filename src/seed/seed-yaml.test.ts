import { SEED_FILES } from "./seed-format";
import { validateSeed } from "./seed-validate";
import { formatSeedFiles } from "./seed-yaml";

const GRAPH = validateSeed([
  {
    file: "sources.yaml",
    text: "- id: b\n  title: 'B: a title'\n  publisher: P\n  covers: [z, t]\n  reviewed: 2026-12-01\n  type: trial\n- id: a\n  year: 2014\n  title: A\n  type: website\n  publisher: P\n  url: https://example.org/a\n  reviewed: 2026-12-01\n  covers: [c, t, z]\n",
  },
  {
    file: "ailments.yaml",
    text: "- id: z\n  summary: Zed, with a comma.\n  name: Zed\n  synonyms: [zz, 'y, z']\n  codes: {icd10: I10, snomed: '38341003'}\n  alsoActsAs: [cause]\n",
  },
  { file: "causes.yaml", text: "- id: c\n  name: C\n  summary: C.\n  synonyms: []\n" },
  { file: "therapies.yaml", text: "- id: t\n  name: T\n  summary: T.\n" },
  { file: "contraindications.yaml", text: "[]\n" },
  {
    file: "relationships.yaml",
    text: "- from: z\n  type: TREATED_BY\n  to: t\n  sources: [a, b]\n  evidence: C\n  note: N.\n- from: c\n  type: TREATED_BY\n  to: t\n  note: N.\n  evidence: D\n  stage: any\n  sources: [a]\n",
  },
]);

describe("formatSeedFiles", () => {
  it("writes canonical files: sorted, fields in order, inline lists, codes as a padded map", () => {
    expect(GRAPH.problems).toEqual([]);
    const out = Object.fromEntries(formatSeedFiles(GRAPH.graph).map((f) => [f.file, f.text]));
    expect(Object.keys(out)).toEqual(SEED_FILES);
    expect(out["sources.yaml"]).toBe(
      "- id: a\n  title: A\n  type: website\n  publisher: P\n  year: 2014\n  url: https://example.org/a\n  reviewed: 2026-12-01\n  covers: [c, t, z]\n" +
        '- id: b\n  title: "B: a title"\n  type: trial\n  publisher: P\n  reviewed: 2026-12-01\n  covers: [z, t]\n',
    );
    expect(out["ailments.yaml"]).toBe(
      '- id: z\n  name: Zed\n  synonyms: [zz, "y, z"]\n  summary: Zed, with a comma.\n  alsoActsAs: [cause]\n  codes: { icd10: I10, snomed: "38341003" }\n',
    );
    expect(out["causes.yaml"]).toBe("- id: c\n  name: C\n  summary: C.\n");
    expect(out["contraindications.yaml"]).toBe("[]\n");
    expect(out["relationships.yaml"]).toBe(
      "- from: c\n  type: TREATED_BY\n  to: t\n  note: N.\n  evidence: D\n  stage: any\n  sources: [a]\n- from: z\n  type: TREATED_BY\n  to: t\n  note: N.\n  evidence: C\n  sources: [a, b]\n",
    );
  });

  it("is a fixed point: formatting what it wrote gives the same text", () => {
    const first = formatSeedFiles(GRAPH.graph);
    const again = validateSeed(first);
    expect(again.problems).toEqual([]);
    expect(formatSeedFiles(again.graph)).toEqual(first);
  });
});
