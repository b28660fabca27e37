/**
 * Turns any user text into a Lucene query built only from letters and digits, so no input can be
 * read as query syntax (quotes, AND/OR/NOT, wildcards, fuzzy marks, backslashes, field names).
 */

/** Longest text considered (in characters); the rest is ignored, not refused. */
export const MAX_TEXT_LENGTH = 200;
/** Most words used; more only slow the query without improving the ranking. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The stop words of Lucene's english analyzer: they are never indexed, so they cannot match. */
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** Lowercase words of letters and digits only, de-duplicated, stop words dropped, capped. */
export function searchTerms(text: string): string[] {
  const chars = Array.from(text.normalize("NFKC").toLowerCase()).slice(0, MAX_TEXT_LENGTH).join("");
  const words = chars.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  const unique = [...new Set(words.map((w) => Array.from(w).slice(0, MAX_TERM_LENGTH).join("")))];
  const useful = unique.filter((w) => Array.from(w).length > 1);
  return (useful.length > 0 ? useful : unique).slice(0, MAX_TERMS);
}

/** Names and synonyms weigh more than summaries; exact beats prefix beats fuzzy. */
function termClauses(term: string): string[] {
  const length = Array.from(term).length;
  const clauses = [`name:${term}^4`, `synonyms:${term}^4`, `summary:${term}`];
  if (length >= 3) clauses.push(`name:${term}*^2`, `synonyms:${term}*^2`);
  if (length >= 4) {
    // Two edits from 5 letters: the index holds stems (migraine -> migrain), one more edit away.
    const edits = length >= 5 ? 2 : 1;
    clauses.push(`name:${term}~${edits}`, `synonyms:${term}~${edits}`, `summary:${term}~${edits}^0.5`);
  }
  return clauses;
}

/** The Lucene query for the terms (any term may match; whole phrases in names and synonyms rank first). */
export function luceneQuery(terms: string[]): string {
  const clauses = terms.flatMap(termClauses);
  if (terms.length > 1) {
    const phrase = `"${terms.join(" ")}"`;
    clauses.unshift(`name:${phrase}^6`, `synonyms:${phrase}^6`);
  }
  return clauses.join(" ");
}
