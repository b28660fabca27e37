import { join } from "node:path";
import { projectRoot } from "../util/project-root";
import { readSeedFiles, readSeedFolder } from "./seed-folder";
import { formatProblem } from "./seed-problem";
import { validateSeed } from "./seed-validate";
import { formatSeedFiles } from "./seed-yaml";
import {
  SOURCE_RECORD_RULE_ENFORCED,
  sourceRecordGaps,
  sourceRecordLines,
  sourcesCoveringEverything,
} from "./source-record";

describe("source record rule: every source has an identifier and a reviewed date", () => {
  const sources = [
    { id: "paper", doi: "10.1037/0033-2909.130.1.3", reviewed: "2026-12-01" },
    { id: "trial", pmid: "16827629", reviewed: "2026-12-01" },
    { id: "book", isbn: "9780683083637", reviewed: "2026-12-01" },
    { id: "page", url: "https://www.nhs.uk/conditions/cellulitis/", reviewed: "2026-12-01" },
    { id: "unfindable", reviewed: "2026-12-01" },
    { id: "blank-url", url: "  ", reviewed: "2026-12-01" },
    { id: "unchecked", url: "https://example.org/" },
    { id: "neither" },
  ];

  it("flags a source without url, doi, pmid or isbn (a blank one does not count) and one without a reviewed date", () => {
    expect(sourceRecordGaps(sources)).toEqual([
      { id: "unfindable", missing: ["identifier"] },
      { id: "blank-url", missing: ["identifier"] },
      { id: "unchecked", missing: ["reviewed"] },
      { id: "neither", missing: ["identifier", "reviewed"] },
    ]);
  });

  it("fails seed:check with one problem per source when enforced", () => {
    const { problems, warnings } = sourceRecordLines(sources, true);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([
      "source record: unfindable: has no identifier (url, doi, pmid or isbn)",
      "source record: blank-url: has no identifier (url, doi, pmid or isbn)",
      "source record: unchecked: has no reviewed date",
      "source record: neither: has no identifier (url, doi, pmid or isbn) and no reviewed date",
    ]);
  });

  it("prints one warning line naming each source, and no problem, while not enforced", () => {
    const { problems, warnings } = sourceRecordLines(sources, false);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      "warning: source record (not yet enforced): 3 source(s) without an identifier (url, doi, pmid or isbn), " +
        "2 without a reviewed date: unfindable (no identifier), blank-url (no identifier), " +
        "unchecked (no reviewed date), neither (no identifier, no reviewed date)",
    ]);
  });

  it("prints nothing when every source passes, enforced or not", () => {
    const clean = sources.slice(0, 4);
    expect(sourceRecordLines(clean, true)).toEqual({ problems: [], warnings: [] });
    expect(sourceRecordLines(clean, false)).toEqual({ problems: [], warnings: [] });
  });

  it("is enforced exactly when every source of the seed folder passes (turn it on as soon as the warning is empty)", () => {
    const { graph, problems } = readSeedFolder(join(projectRoot(), "seed"));
    expect(problems).toEqual([]);
    expect(SOURCE_RECORD_RULE_ENFORCED).toBe(sourceRecordGaps(graph.sources).length === 0);
  });
});

describe("source record rule: no source covers everything", () => {
  const sources = [
    { id: "book", isbn: "9780683083637", reviewed: "2026-12-01", covers: ["muscle-spasm", "stress"] },
    { id: "everything", isbn: "9780683083637", reviewed: "2026-12-01", covers: ["*"] },
    { id: "unfindable-everything", reviewed: "2026-12-01", covers: ["*"] },
  ];
  const everythingLine = (id: string) =>
    `source record: ${id}: covers "*" (everything), which switches off the both-ends check; ` +
    `list the entity ids it discusses instead`;

  it('names each source whose covers list is "*"', () => {
    expect(sourcesCoveringEverything(sources)).toEqual(["everything", "unfindable-everything"]);
  });

  it('fails seed:check on "*" even while the identifier part is still a warning', () => {
    const { problems, warnings } = sourceRecordLines(sources, false);
    expect(problems).toEqual([everythingLine("everything"), everythingLine("unfindable-everything")]);
    expect(warnings).toHaveLength(1);
    expect(sourceRecordLines(sources, true).problems).toEqual([
      everythingLine("everything"),
      everythingLine("unfindable-everything"),
      "source record: unfindable-everything: has no identifier (url, doi, pmid or isbn)",
    ]);
  });

  it('passes the seed folder, where every source lists its ids, and fails it once one is set back to "*"', () => {
    const { graph, problems } = readSeedFolder(join(projectRoot(), "seed"));
    expect(problems).toEqual([]);
    expect(sourcesCoveringEverything(graph.sources)).toEqual([]);
    expect(sourceRecordLines(graph.sources).problems).toEqual([]);
    // The source cited most widely (Werner's textbook once was, with "*") keeps a list too.
    const widest = graph.sources.reduce((a, b) => ((b.covers?.length ?? 0) > (a.covers?.length ?? 0) ? b : a));
    expect(widest.covers?.length).toBeGreaterThan(20);
    const widened = graph.sources.map((s) => (s === widest ? { ...s, covers: ["*"] } : s));
    expect(sourceRecordLines(widened).problems).toEqual([everythingLine(widest.id)]);
  });
});

describe("isbn field of a source", () => {
  const fixture = Object.fromEntries(
    readSeedFiles(join(projectRoot(), "test/fixtures/seed-v2")).map((f) => [f.file, f.text ?? ""]),
  );
  const withIsbn = (isbn: string) =>
    fixture["sources.yaml"].replace("  edition: 6th\n", `  edition: 6th\n  isbn: ${isbn}\n`);
  const validate = (sourcesText: string) =>
    validateSeed(Object.entries({ ...fixture, "sources.yaml": sourcesText }).map(([file, text]) => ({ file, text })));

  it("reads a valid ISBN and writes it back after pmid, before edition", () => {
    const { graph, problems } = validate(withIsbn('"9780000000002"'));
    expect(problems).toEqual([]);
    expect(graph.sources.find((s) => s.id === "werner")?.isbn).toBe("9780000000002");
    const written = formatSeedFiles(graph).find((f) => f.file === "sources.yaml")?.text ?? "";
    expect(written).toContain('  year: 2016\n  isbn: "9780000000002"\n  edition: 6th\n');
  });

  it("refuses a wrong check digit, hyphens and an unquoted number", () => {
    const messages = (isbn: string) => validate(withIsbn(isbn)).problems.map(formatProblem);
    expect(messages('"9780000000003"')).toEqual([
      'sources.yaml #2 (werner) isbn: has a wrong check digit (only when confirmed against the book), got "9780000000003"',
    ]);
    expect(messages('"978-0-00-000000-2"')).toEqual([
      expect.stringContaining("isbn: must be an ISBN-10 or ISBN-13 in quotes, digits only"),
    ]);
    expect(messages("9780000000002")).toEqual([
      expect.stringContaining("isbn: must be written as a string (in quotes), got number"),
    ]);
  });
});
