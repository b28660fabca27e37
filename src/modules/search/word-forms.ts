import { stemmer } from "stemmer";

/**
 * The Porter stem of a word (the `stemmer` package; Lucene's english analyzer, which builds
 * entity_text, stems the same way): "knots" meets "knot", "depressed" "depression", "aching" "ache",
 * "sprained" "sprain"; "restless" stays apart from "rest". Only compared, never shown or sent anywhere.
 */
export function wordStem(word: string): string {
  return stemmer(word);
}

/** Shortest common start two stems need to be forms of one word (epilept-ic, epileps-y). */
const WORD_FORM_PREFIX = 5;
/** Letters each stem may have beyond that common start. */
const WORD_FORM_TAIL = 2;

/**
 * Whether two different stems are forms of one word the stemmer does not join: "epileptic" and
 * "epilepsy" (epilept / epilepsi), "arthritic" and "arthritis", "sciatic" and "sciatica". They must
 * share a start of at least 5 letters and differ by at most 2 letters after it, so "stress" and
 * "stretch", "tension" and "tensor", "anxious" and "anxiety" stay apart.
 */
export function sameWordForm(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= WORD_FORM_PREFIX && a.length - common <= WORD_FORM_TAIL && b.length - common <= WORD_FORM_TAIL;
}

/**
 * The start of a term's stem that finds its other forms in the index (epileptic -> epilep*), or null
 * when the stem is too short or the word is not plain English letters (Porter's rules are for English).
 */
export function wordFormPrefix(term: string): string | null {
  if (!/^[a-z]+$/.test(term)) return null;
  const stem = wordStem(term);
  return stem.length > WORD_FORM_PREFIX ? stem.slice(0, -1) : null;
}
