import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { readSeedFolder } from "./seed-folder";
import { SOURCE_YEAR_RULE_ENFORCED, sourceYearGaps, sourceYearLines } from "./source-year";

describe("source year rule: every source names the year of the version cited", () => {
  const sources = [
    { id: "paper", year: 2015 },
    { id: "page", year: 2024 },
    { id: "undated" },
    { id: "fractional", year: 2015.5 },
    { id: "also-undated" },
  ];

  it("flags a source without a whole-number year", () => {
    expect(sourceYearGaps(sources)).toEqual(["undated", "fractional", "also-undated"]);
  });

  it("fails seed:check with one problem per source when enforced", () => {
    const { problems, warnings } = sourceYearLines(sources, true);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([
      "source year: undated: has no year (publication, or last reviewed for a web page)",
      "source year: fractional: has no year (publication, or last reviewed for a web page)",
      "source year: also-undated: has no year (publication, or last reviewed for a web page)",
    ]);
  });

  it("prints one warning line naming each source, and no problem, while not enforced", () => {
    const { problems, warnings } = sourceYearLines(sources, false);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      "warning: source year (not yet enforced): 3 source(s) without a year " +
        "(publication, or last reviewed for a web page): undated, fractional, also-undated",
    ]);
  });

  it("prints nothing when every source passes, enforced or not", () => {
    const dated = sources.slice(0, 2);
    expect(sourceYearLines(dated, true)).toEqual({ problems: [], warnings: [] });
    expect(sourceYearLines(dated, false)).toEqual({ problems: [], warnings: [] });
  });

  it("is enforced, and a source of the seed folder that loses its year then fails the check", () => {
    const { graph, problems } = readSeedFolder(join(projectRoot(), "seed"));
    expect(problems).toEqual([]);
    expect(SOURCE_YEAR_RULE_ENFORCED).toBe(true);
    expect(sourceYearLines(graph.sources)).toEqual({ problems: [], warnings: [] });
    const [first, ...rest] = graph.sources;
    const undated = [{ ...first, year: undefined }, ...rest];
    expect(sourceYearLines(undated).problems).toEqual([
      `source year: ${first.id}: has no year (publication, or last reviewed for a web page)`,
    ]);
  });

  it("is enforced exactly when every source of the seed folder has a year (turn it on as soon as the warning is empty)", () => {
    const { graph, problems } = readSeedFolder(join(projectRoot(), "seed"));
    expect(problems).toEqual([]);
    expect(SOURCE_YEAR_RULE_ENFORCED).toBe(sourceYearGaps(graph.sources).length === 0);
  });
});
