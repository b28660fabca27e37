import { equivalents } from "./lay-words";
import { typoEdits } from "./search-terms";
import { sameWordForm, wordStem } from "./word-forms";

/**
 * How well one typed word matches one word of a name, synonym or summary, from 0 (not at all)
 * to 1 (the same word). The index finds the candidates; this decides their order, so it mirrors
 * what the index allows: the same stem, a typo of a long word, the start of a word being typed.
 */

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours, as Lucene counts), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

const SAME_WORD = 1;
export const SAME_STEM = 0.9;
/** Below SAME_STEM, so a word form never makes a label an exact match (the exact-name boost stays for those). */
const WORD_FORM = 0.85;
/** A lay word for the label's word ("sore" for "pain", "tummy" for "abdomen"): as good as a one-letter typo. */
export const LAY_EQUIVALENT = 0.8;
const TYPO = [0, 0.8, 0.7];
/** A word still being typed, or a two-edit typo: the weakest match a label allows. */
export const PREFIX = 0.7;

/** The match quality of the typed `term` against a `word` of a label. */
export function wordMatch(term: string, word: string): number {
  if (term === word) return SAME_WORD;
  const termStem = wordStem(term);
  const labelStem = wordStem(word);
  if (termStem === labelStem) return SAME_STEM;
  if (sameWordForm(termStem, labelStem)) return WORD_FORM;
  if (equivalents(term).some((other) => wordStem(other) === labelStem)) return LAY_EQUIVALENT;
  const edits = typoEdits(term);
  if (edits > 0 && word.length >= 4) {
    // Stems get the edits their own length allows: "crush" must not reach "crisi(s)".
    const stemEdits = Math.min(edits, typoEdits(termStem));
    const raw = editDistance(term, word, edits);
    if (raw <= edits) return TYPO[raw];
    const stemmed = stemEdits > 0 && labelStem.length >= 5 ? editDistance(termStem, labelStem, stemEdits) : Infinity;
    if (stemmed <= stemEdits) return TYPO[stemmed];
  }
  // Someone still typing: "myofasc", "fibro".
  if (term.length >= 4 && word.startsWith(term)) return PREFIX;
  return 0;
}

/**
 * wordMatch and wordStem for one search's terms, remembered per word: labels and summaries repeat
 * words, and one search compares every word of dozens of candidates.
 */
export class TermMatcher {
  private readonly qualityCache = new Map<string, number[]>();
  private readonly stemCache = new Map<string, string>();
  /** Each term's stem and the stems of its lay equivalents. */
  private readonly termStems: string[][];

  constructor(readonly terms: string[]) {
    this.termStems = terms.map((t) => [t, ...equivalents(t)].map((w) => this.stem(w)));
  }

  stem(word: string): string {
    let stem = this.stemCache.get(word);
    if (stem === undefined) this.stemCache.set(word, (stem = wordStem(word)));
    return stem;
  }

  /** How well each term matches the word (wordMatch), in the order of the terms. */
  qualities(word: string): number[] {
    let q = this.qualityCache.get(word);
    if (!q) this.qualityCache.set(word, (q = this.terms.map((t) => wordMatch(t, word))));
    return q;
  }

  /**
   * Which terms the words hold as themselves, by stem or by a lay equivalent (no typo, no prefix):
   * cheap enough for summaries.
   */
  heldBy(words: string[]): boolean[] {
    const stems = new Set(words.map((w) => this.stem(w)));
    return this.terms.map((t, i) => this.termStems[i].some((s) => stems.has(s)) || words.includes(t));
  }
}
