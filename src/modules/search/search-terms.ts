import { signalsEmergency } from "./emergency-words";
import { contentWords, equivalents } from "./lay-words";
import { regularForm, wordFormPrefix } from "./word-forms";

/**
 * Turns any user text into Lucene queries built only from letters and digits, so no input can be
 * read as query syntax (quotes, AND/OR/NOT, wildcards, fuzzy marks, backslashes, field names).
 */

/** Longest text considered (in characters); the rest is ignored, not refused. */
const MAX_TEXT_LENGTH = 200;
/** Most words used; more only slow the query without improving the ranking. */
export const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** The stop words of Lucene's english analyzer: they are never indexed, so they cannot match. */
export const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** Contractions whose apostrophe-less form is not the word people mean ("cant" -> "cannot"). */
const CONTRACTIONS = new Map([
  ["cant", "cannot"],
  ["wont", "will"],
  ["dont", "do"],
  ["doesnt", "does"],
  ["couldnt", "cannot"],
  ["havent", "have"],
  ["hasnt", "has"],
  ["didnt", "did"],
  ["isnt", "is"],
  ["wasnt", "was"],
  ["arent", "are"],
  ["wouldnt", "would"],
  ["shouldnt", "should"],
]);

/**
 * Lowercase words of letters and digits. An apostrophe inside a word is dropped rather than
 * splitting it ("can't" -> "cant", "Raynaud's" -> "raynauds"), so "can't" never leaves a stray "t".
 */
export function textWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => CONTRACTIONS.get(w) ?? w);
}

/** Lowercase words of letters and digits only, de-duplicated, stop words dropped, capped. */
export function searchTerms(text: string): string[] {
  return capped(typedWords(text));
}

/**
 * The terms search uses: searchTerms with lay phrases put in clinical words ("end my life" -> suicide)
 * and filler dropped ("after", "my", "keep") before the cap, so a long sentence keeps its meaning words.
 */
export function queryTerms(text: string): string[] {
  return capped(contentWords(typedWords(text)), (word) => signalsEmergency([word]));
}

function typedWords(text: string): string[] {
  const chars = Array.from(text).slice(0, MAX_TEXT_LENGTH).join("");
  return textWords(chars)
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => Array.from(w).slice(0, MAX_TERM_LENGTH).join(""));
}

/**
 * The first MAX_TERMS words, except that words `first` picks (those that signal an emergency) are kept
 * before the others, still in the order typed: "... and now I cannot control my bladder" keeps "bladder".
 */
function capped(words: string[], first: (word: string) => boolean = () => false): string[] {
  const unique = [...new Set(words)];
  const useful = unique.filter((w) => Array.from(w).length > 1);
  const pool = useful.length > 0 ? useful : unique;
  if (pool.length <= MAX_TERMS) return pool;
  const kept = new Set(pool.filter(first).slice(0, MAX_TERMS));
  for (const word of pool) if (kept.size < MAX_TERMS) kept.add(word);
  return pool.filter((word) => kept.has(word));
}

/** Edits a typo may have: none under 5 letters (they would match everything), 1 up to 7, then 2. */
export function typoEdits(term: string): 0 | 1 | 2 {
  const length = Array.from(term).length;
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/** Words of the query for the names and synonyms of the stemmed index (entity_text); fuzzy forms meet stems. */
function stemmedClauses(term: string): string[] {
  const clauses = [`name:${term}^3`, `synonyms:${term}^3`, `summary:${term}`];
  // Lay equivalents (fixed words of lay-words.ts, letters only): "tummy" also looks for "abdominal".
  for (const other of equivalents(term)) clauses.push(`name:${other}`, `synonyms:${other}`, `summary:${other}^0.5`);
  const regular = regularForm(term);
  if (regular) clauses.push(`name:${regular}^2`, `synonyms:${regular}^2`, `summary:${regular}`);
  const edits = typoEdits(term);
  // Against stems: "strech" is one edit from the stem "stretch" of "stretching".
  if (edits > 0) clauses.push(`name:${term}~1`, `synonyms:${term}~1`);
  return clauses;
}

/** The query for entity_text: any term in names, synonyms or summaries, the whole phrase first. */
export function stemmedQuery(terms: string[]): string {
  return withPhraseFirst(terms, terms.flatMap(stemmedClauses));
}

/** Several terms: the whole phrase in a name or synonym, boosted, before the single terms. */
function withPhraseFirst(terms: string[], clauses: string[]): string {
  if (terms.length > 1) {
    const phrase = `"${terms.join(" ")}"`;
    clauses.unshift(`name:${phrase}^6`, `synonyms:${phrase}^6`);
  }
  return clauses.join(" ");
}

/**
 * The query for entity_words (unstemmed names and synonyms): exact, prefix and typo forms of each term,
 * and the start of its stem, for the forms the stemmer does not join (epileptic -> epilep* -> epilepsy).
 */
export function wordsQuery(terms: string[]): string {
  return terms
    .flatMap((term) => {
      const clauses = [`name:${term}^3`, `synonyms:${term}^3`];
      for (const other of equivalents(term)) clauses.push(`name:${other}`, `synonyms:${other}`);
      if (Array.from(term).length >= 4) clauses.push(`name:${term}*^2`, `synonyms:${term}*^2`);
      const formPrefix = wordFormPrefix(term);
      if (formPrefix && formPrefix !== term) clauses.push(`name:${formPrefix}*`, `synonyms:${formPrefix}*`);
      const edits = typoEdits(term);
      if (edits > 0) clauses.push(`name:${term}~${edits}`, `synonyms:${term}~${edits}`);
      return clauses;
    })
    .join(" ");
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

/** The single-index query resolveTerms uses for suggestions (any term may match; whole phrases in names and synonyms rank first). */
export function luceneQuery(terms: string[]): string {
  return withPhraseFirst(terms, terms.flatMap(termClauses));
}
