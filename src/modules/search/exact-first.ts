import { searchTerms } from "./search-terms";

interface Hit {
  entity: { name: string; synonyms: string[] };
  score: number;
}

/**
 * Lucene may rank "Intrinsic muscle spasm" above "Muscle spasm" for the text "muscle spasm";
 * an entity whose name or a synonym IS the text (same words) gets the top score added to its own,
 * so it comes first and scores stay in order.
 */
export function exactMatchesFirst<T extends Hit>(text: string, hits: T[]): T[] {
  const wanted = searchTerms(text).join(" ");
  const top = Math.max(0, ...hits.map((h) => h.score));
  const isExact = (h: Hit) =>
    [h.entity.name, ...h.entity.synonyms].some((label) => searchTerms(label).join(" ") === wanted);
  return hits.map((h) => (isExact(h) ? { ...h, score: h.score + top } : h)).sort((a, b) => b.score - a.score);
}
