import { stagedRuleLines, type RuleLines } from "./staged-rule";

/**
 * A source a reader can find and that the project has checked (issue 27): it names an identifier
 * (url, doi, pmid or isbn) and the date its citations were last reviewed against it. `seed:check`
 * runs this on the seed folder. It fails the check only once every source passes
 * (SOURCE_RECORD_RULE_ENFORCED); until then it prints the sources that miss it as one warning line,
 * so the gap stays visible without blocking other work.
 *
 * It also refuses a source whose `covers` is ["*"] ("covers everything"), at once, not in stages:
 * such a source switches off the evidence policy's both-ends check for every link that cites it,
 * and no source in the seed needs it any more (issue 27: each lists the entity ids it discusses).
 */

/**
 * On since 2026-12-07 (every source passes): a source without them fails seed:check. The warning
 * line stays for a rule that is staged again (false), e.g. while a new field is filled in.
 */
export const SOURCE_RECORD_RULE_ENFORCED = true;

const IDENTIFIER_FIELDS = ["url", "doi", "pmid", "isbn"] as const;

export interface RecordedSource {
  id: string;
  url?: string;
  doi?: string;
  pmid?: string;
  isbn?: string;
  reviewed?: string;
  /** Entity ids the source discusses; "*" would mean everything, which this rule refuses. */
  covers?: readonly string[];
}

export interface SourceRecordGap {
  id: string;
  /** "identifier" (none of url, doi, pmid, isbn) and/or "reviewed". */
  missing: ("identifier" | "reviewed")[];
}

/** Every source missing an identifier or a reviewed date, in the order given. */
export function sourceRecordGaps(sources: readonly RecordedSource[]): SourceRecordGap[] {
  const gaps: SourceRecordGap[] = [];
  for (const source of sources) {
    const missing: SourceRecordGap["missing"] = [];
    if (!IDENTIFIER_FIELDS.some((field) => hasText(source[field]))) missing.push("identifier");
    if (!hasText(source.reviewed)) missing.push("reviewed");
    if (missing.length > 0) gaps.push({ id: source.id, missing });
  }
  return gaps;
}

/** One problem line per gap, as seed:check prints them when the rule is enforced. */
function formatSourceRecordGap(gap: SourceRecordGap): string {
  const what = gap.missing.map((m) =>
    m === "identifier" ? "no identifier (url, doi, pmid or isbn)" : "no reviewed date",
  );
  return `source record: ${gap.id}: has ${what.join(" and ")}`;
}

/** The single warning line printed while the rule is not enforced and something is missing. */
function sourceRecordWarning(gaps: readonly SourceRecordGap[]): string {
  const list = gaps.map(
    (g) => `${g.id} (${g.missing.map((m) => (m === "identifier" ? "no identifier" : "no reviewed date")).join(", ")})`,
  );
  const noIdentifier = gaps.filter((g) => g.missing.includes("identifier")).length;
  const noReviewed = gaps.filter((g) => g.missing.includes("reviewed")).length;
  return (
    `warning: source record (not yet enforced): ${noIdentifier} source(s) without an identifier ` +
    `(url, doi, pmid or isbn), ${noReviewed} without a reviewed date: ${list.join(", ")}`
  );
}

/** The ids of the sources whose covers list has "*" (covers everything), in the order given. */
export function sourcesCoveringEverything(sources: readonly RecordedSource[]): string[] {
  return sources.filter((source) => source.covers?.includes("*")).map((source) => source.id);
}

function formatCoversEverything(id: string): string {
  return (
    `source record: ${id}: covers "*" (everything), which switches off the both-ends check; ` +
    `list the entity ids it discusses instead`
  );
}

/**
 * What seed:check prints for the rule: a problem line (which fails the check) for each source that
 * covers "*", always; for a missing identifier or reviewed date, problem lines when it is enforced,
 * otherwise at most one warning line (which does not).
 */
export function sourceRecordLines(
  sources: readonly RecordedSource[],
  enforced: boolean = SOURCE_RECORD_RULE_ENFORCED,
): RuleLines {
  const staged = stagedRuleLines(sourceRecordGaps(sources), enforced, formatSourceRecordGap, sourceRecordWarning);
  const everything = sourcesCoveringEverything(sources).map(formatCoversEverything);
  return { problems: [...everything, ...staged.problems], warnings: staged.warnings };
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
