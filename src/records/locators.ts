/**
 * Where in a book a reader finds what a link claims (issue 27): a link's `locators` map gives, for a
 * source it cites, the chapter or page. The seed check and curation both hold a textbook citation to
 * it, so these helpers sit with the record rules that both use.
 */

/** Locators by source id, in the order of the link's sources. */
export type CitationLocators = Record<string, string>;

/** The locators in the order of the link's sources (the seed reader and curation keep them so). */
export function inSourceOrder(locators: CitationLocators, cited: readonly string[]): CitationLocators {
  return Object.fromEntries(cited.filter((id) => Object.hasOwn(locators, id)).map((id) => [id, locators[id]]));
}

/**
 * The relationship property, `["<source id>: <locator>", ...]` (a property cannot be a map; a source
 * id is a slug, so the first ": " ends it), or null when there is none.
 */
export function storedLocators(locators: CitationLocators | undefined): string[] | null {
  const entries = Object.entries(locators ?? {});
  return entries.length > 0 ? entries.map(([id, text]) => `${id}: ${text}`) : null;
}

/** The textbooks a link cites without a chapter or page for them, in the order it cites them. */
export function unlocatedTextbooks(
  link: { sources: readonly string[]; locators?: CitationLocators },
  isTextbook: (sourceId: string) => boolean,
): string[] {
  return link.sources.filter((id) => isTextbook(id) && !hasText(link.locators?.[id]));
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
