import { stagedRuleLines, type RuleLines } from "./staged-rule";

/**
 * A source a reader can date (issue 27): it names the year of the version cited (the publication
 * year; for a web page, the year the page says it was last reviewed or updated). `seed:check` runs
 * this on the seed folder, in the same way as the source record rule (source-record.ts): it fails
 * the check only once every source passes (SOURCE_YEAR_RULE_ENFORCED); until then it prints the
 * sources that miss it as one warning line. No year is guessed to make the line empty.
 */

/** Turn on (true) when the warning line is empty: from then on a source without a year fails seed:check. */
export const SOURCE_YEAR_RULE_ENFORCED = false;

export interface DatedSource {
  id: string;
  year?: number;
}

/** The ids of the sources without a year, in the order given. */
export function sourceYearGaps(sources: readonly DatedSource[]): string[] {
  return sources.filter((source) => !Number.isInteger(source.year)).map((source) => source.id);
}

/** One problem line per source, as seed:check prints them when the rule is enforced. */
function formatSourceYearGap(id: string): string {
  return `source year: ${id}: has no year (publication, or last reviewed for a web page)`;
}

/** The single warning line printed while the rule is not enforced and something is missing. */
function sourceYearWarning(gaps: readonly string[]): string {
  return (
    `warning: source year (not yet enforced): ${gaps.length} source(s) without a year ` +
    `(publication, or last reviewed for a web page): ${gaps.join(", ")}`
  );
}

/**
 * What seed:check prints for the rule: problem lines (which fail the check) when it is enforced,
 * otherwise at most one warning line (which does not).
 */
export function sourceYearLines(
  sources: readonly DatedSource[],
  enforced: boolean = SOURCE_YEAR_RULE_ENFORCED,
): RuleLines {
  return stagedRuleLines(sourceYearGaps(sources), enforced, formatSourceYearGap, sourceYearWarning);
}
