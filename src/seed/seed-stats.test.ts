import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { readSeedFolder } from "./seed-folder";
import {
  renderKindCounts,
  renderSeedStats,
  replaceStatsBlock,
  seedStats,
  STATS_END,
  STATS_START,
  statsBlockOf,
} from "./seed-stats";

describe("seed stats", () => {
  const graph = {
    sources: [
      { id: "r", type: "review" },
      { id: "w", type: "website" },
      { id: "w2", type: "website" },
      { id: "book", type: "textbook" },
    ],
    entities: [
      { kind: "ailment", id: "a" },
      { kind: "cause", id: "stress", alsoActsAs: ["ailment"] },
      { kind: "therapy", id: "t" },
      { kind: "contraindication", id: "x", severity: "ABSOLUTE" },
      { kind: "contraindication", id: "y", severity: "PRECAUTION" },
      { kind: "redFlag", id: "f" },
    ],
    relationships: [
      { type: "TREATED_BY", evidence: "A", outcome: "no-benefit", sources: ["r"] },
      { type: "TREATED_BY", evidence: "C", sources: ["book"] },
      { type: "CAUSED_BY", evidence: "D", sources: ["w"] },
      { type: "HAS_RED_FLAG", evidence: "D", sources: [], practiceOnly: true },
    ],
  };

  it("counts entities by the kinds they play, sources by type and links by grade and outcome", () => {
    const stats = seedStats(graph);
    expect(stats).toMatchObject({
      entities: 6,
      ailments: 2,
      causes: 1,
      therapies: 1,
      redFlags: 1,
      contraindications: { total: 2, absolute: 1, precaution: 1 },
    });
    expect(stats.sourcesByType).toEqual({ review: 1, trial: 0, textbook: 1, guideline: 0, website: 2 });
    expect(stats.relationshipsByGrade).toEqual({ A: 1, B: 0, C: 1, D: 2 });
    expect(stats.relationshipsByType).toEqual({ TREATED_BY: 2, CAUSED_BY: 1, HAS_RED_FLAG: 1 });
    expect(stats.outcomes).toEqual({ benefit: 1, "no-benefit": 1, insufficient: 0 });
    expect(stats.practiceOnly).toBe(1);
    expect(stats.textbookOnly).toEqual({ single: 1, total: 4 });
  });

  it("prints counts by kind on one line for seed:check", () => {
    expect(renderKindCounts(seedStats(graph))).toBe(
      "Counts by kind: ailment 2, cause 1, therapy 1, contraindication 2 (1 absolute, 1 precautions), redFlag 1; " +
        "6 entities, 4 sources, 4 relationships.",
    );
  });

  it("renders a block that replaces the old one in place", () => {
    const block = renderSeedStats(seedStats(graph));
    expect(block.startsWith(STATS_START) && block.endsWith(STATS_END)).toBe(true);
    expect(block).toContain("| relationships | 1 | 0 | 1 | 2 |");
    expect(block).toContain("| sources | 1 | 0 | 1 | 0 | 2 |");
    expect(block).toContain("graded D, no sources): 1. Links whose only source is one textbook: 1 of 4 (25.0%).");
    const text = `before\n${STATS_START}\nold\n${STATS_END}\nafter`;
    expect(replaceStatsBlock(text, block)).toBe(`before\n${block}\nafter`);
    expect(() => replaceStatsBlock("no markers", block)).toThrow(/no seed-stats block/);
  });

  it("matches the README's published counts (run `npm run seed:stats -- --write` after editing the seed)", () => {
    const { graph: seed, problems } = readSeedFolder();
    expect(problems).toEqual([]);
    const readme = readFileSync(join(projectRoot(), "README.md"), "utf8");
    expect(statsBlockOf(readme)).toBe(renderSeedStats(seedStats(seed)));
  });
});
