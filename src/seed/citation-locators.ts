import { parseStoredLocator } from "../modules/graph";
import { unlocatedTextbooks, type CitationLocators } from "../records";
import { stagedRuleLines, type RuleLines } from "./staged-rule";

/**
 * Where in a book a reader finds what a link claims (issue 27): a relationship's `locators` map
 * gives, for a source it cites, the chapter or page (and the entry's heading where it helps), e.g.
 * `stein-oz-2004-massage-cardiovascular: "ch. 10, Table 1, pp. 160-162"`. A book without one is a
 * claim nobody can check. Two rules:
 *
 * - A locator names a source the link cites (the record rules refuse any other: src/records).
 * - Every textbook a link cites has a locator. `seed:check` runs this on the seed folder; it fails
 *   the check once every textbook citation has one (LOCATOR_RULE_ENFORCED), and until then prints
 *   the gap as one warning line, as the other staged rules do (staged-rule.ts).
 *
 * In Neo4j a relationship holds the map as a list of `"<source id>: <locator>"` strings (a property
 * cannot be a map; a source id is a slug, so it never holds the colon that ends it).
 */

/**
 * On since 2026-12-07: a textbook citation without a locator fails seed:check. The books whose pages
 * nobody could read left the seed; what they alone carried is labelled practice-only (graded D, no
 * source: src/records/relationship.ts) unless a readable source was found (docs/content-review.md).
 */
export const LOCATOR_RULE_ENFORCED = true;

export { inSourceOrder, storedLocators } from "../records";

/**
 * The map back from the stored list (export); entries without a colon are skipped, and so are those of a
 * source the link no longer cites (a relationship written by another tool, or by `link` before it
 * replaced the locators with the sources).
 */
export function locatorsFromStored(stored: unknown, cited: readonly string[]): CitationLocators | undefined {
  if (!Array.isArray(stored)) return undefined;
  const locators: CitationLocators = {};
  for (const parsed of stored.map(parseStoredLocator))
    if (parsed && cited.includes(parsed.sourceId)) locators[parsed.sourceId] = parsed.locator;
  return Object.keys(locators).length > 0 ? locators : undefined;
}

interface LocatorGraph {
  sources: ReadonlyArray<{ id: string; type?: string }>;
  relationships: ReadonlyArray<{
    from: string;
    type: string;
    to: string;
    sources: readonly string[];
    locators?: CitationLocators;
  }>;
}

export interface LocatorGap {
  /** `from -TYPE-> to` */
  link: string;
  source: string;
}

/** Every textbook citation on a link without a locator for it, in file order. */
export function locatorGaps(graph: LocatorGraph): LocatorGap[] {
  const textbooks = new Set(graph.sources.filter((s) => s.type === "textbook").map((s) => s.id));
  return graph.relationships.flatMap((rel) =>
    unlocatedTextbooks(rel, (id) => textbooks.has(id)).map((source) => ({
      link: `${rel.from} -${rel.type}-> ${rel.to}`,
      source,
    })),
  );
}

function formatGap(gap: LocatorGap): string {
  return `citation locator: ${gap.link}: cites the textbook ${gap.source} without a chapter or page (locators)`;
}

function gapWarning(gaps: readonly LocatorGap[]): string {
  const byBook = new Map<string, number>();
  for (const gap of gaps) byBook.set(gap.source, (byBook.get(gap.source) ?? 0) + 1);
  const books = [...byBook].map(([id, n]) => `${id} ${n}`).join(", ");
  return `warning: citation locator (not yet enforced): ${gaps.length} textbook citation(s) on links without a chapter or page: ${books}`;
}

/** What seed:check prints: a problem per gap when enforced, otherwise at most one warning line. */
export function citationLocatorLines(graph: LocatorGraph, enforced: boolean = LOCATOR_RULE_ENFORCED): RuleLines {
  return stagedRuleLines(locatorGaps(graph), enforced, formatGap, gapWarning);
}
