import { stagedRuleLines, type RuleLines } from "./staged-rule";

/**
 * A source a reader can date (issue 27): it names the year of the version cited (the publication
 * year; for a web page, the year the page says it was last reviewed or updated). `seed:check` runs
 * this on the seed folder. It is enforced (every source of the seed has a year): a source without
 * one fails seed:check. A web page that shows no date takes the year it was accessed, and
 * docs/content-review.md says which sources took that year, so no year is presented as more than it is.
 */

/** On since every source has a year: a source without one fails seed:check (false would only warn). */
export const SOURCE_YEAR_RULE_ENFORCED = true;

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
