import { stagedRuleLines, type RuleLines } from "./staged-rule";

/**
 * A source a reader can find and that the project has checked (issue 27): it names an identifier
 * (url, doi, pmid or isbn) and the date its citations were last reviewed against it. `seed:check`
 * runs this on the seed folder. It fails the check only once every source passes
 * (SOURCE_RECORD_RULE_ENFORCED); until then it prints the sources that miss it as one warning line,
 * so the gap stays visible without blocking other work.
 */

/** Turn on (true) when the warning line is empty: from then on a source without them fails seed:check. */
export const SOURCE_RECORD_RULE_ENFORCED = false;

const IDENTIFIER_FIELDS = ["url", "doi", "pmid", "isbn"] as const;

export interface RecordedSource {
  id: string;
  url?: string;
  doi?: string;
  pmid?: string;
  isbn?: string;
  reviewed?: string;
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

/**
 * What seed:check prints for the rule: problem lines (which fail the check) when it is enforced,
 * otherwise at most one warning line (which does not).
 */
export function sourceRecordLines(
  sources: readonly RecordedSource[],
  enforced: boolean = SOURCE_RECORD_RULE_ENFORCED,
): RuleLines {
  return stagedRuleLines(sourceRecordGaps(sources), enforced, formatSourceRecordGap, sourceRecordWarning);
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
